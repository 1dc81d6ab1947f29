import type { AssignmentNode, AssignmentStatus } from '../graphql/learning-assignments.query';

/** The board's columns, in lifecycle order, with their headings. */
export const BOARD_COLUMNS: readonly { status: AssignmentStatus; label: string }[] = [
  { status: 'ASSIGNED', label: 'Assigned' },
  { status: 'IN_PROGRESS', label: 'In progress' },
  { status: 'COMPLETED', label: 'Completed' },
  { status: 'CANCELLED', label: 'Cancelled' },
];

/**
 * Groups assignments into the board's columns: per status, overdue first, then by due date
 * (earliest first), then id — so the most urgent work is at the top of each column.
 */
export function boardColumns(assignments: readonly AssignmentNode[]): { status: AssignmentStatus; label: string; items: AssignmentNode[] }[] {
  return BOARD_COLUMNS.map((c) => ({
    ...c,
    items: assignments
      .filter((a) => a.status === c.status)
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueDate) - Date.parse(b.dueDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
}

/** ISO instant `days` days after `from`, at midnight UTC (a due date that reads the same everywhere). */
export function dueDateInDays(from: Date, days: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return d.toISOString();
}

/** Counts shown above the board: open (assigned or in progress), overdue (open and past due), completed. */
export function boardSummary(assignments: readonly Pick<AssignmentNode, 'status' | 'overdue'>[]): { open: number; overdue: number; completed: number } {
  let open = 0;
  let overdue = 0;
  let completed = 0;
  for (const a of assignments) {
    if (a.status === 'ASSIGNED' || a.status === 'IN_PROGRESS') {
      open++;
      if (a.overdue) overdue++;
    } else if (a.status === 'COMPLETED') completed++;
  }
  return { open, overdue, completed };
}
