import type { AssignmentNode } from '../graphql/learning-assignments.query';
import { boardColumns, boardSummary, dueDateInDays } from './board-columns';

const node = (id: string, status: AssignmentNode['status'], dueDate: string, overdue = false): AssignmentNode => ({
  id, status, dueDate, overdue, completedAt: null, person: { id: 'p', displayName: 'P' }, definition: { id: 'd', name: 'D' },
});

describe('boardColumns', () => {
  it('one column per status in lifecycle order; overdue first, then earliest due date', () => {
    const cols = boardColumns([
      node('a', 'ASSIGNED', '2026-05-01T00:00:00Z'),
      node('b', 'ASSIGNED', '2026-06-01T00:00:00Z', true),
      node('c', 'ASSIGNED', '2026-04-01T00:00:00Z'),
      node('d', 'COMPLETED', '2026-04-01T00:00:00Z'),
    ]);
    expect(cols.map((c) => c.status)).toEqual(['ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']);
    expect(cols[0].items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(cols[1].items).toEqual([]);
    expect(cols[2].items.map((i) => i.id)).toEqual(['d']);
  });
});

describe('dueDateInDays', () => {
  it('is midnight UTC, days later, whatever the time of day', () => {
    expect(dueDateInDays(new Date('2026-11-30T23:59:00Z'), 90)).toBe('2027-02-28T00:00:00.000Z');
  });
});

describe('boardSummary', () => {
  it('counts open, overdue (open only) and completed assignments', () => {
    expect(boardSummary([
      node('a', 'ASSIGNED', '2026-05-01T00:00:00Z', true),
      node('b', 'IN_PROGRESS', '2026-05-01T00:00:00Z'),
      node('c', 'COMPLETED', '2026-05-01T00:00:00Z'),
      node('d', 'CANCELLED', '2026-05-01T00:00:00Z', true),
    ])).toEqual({ open: 2, overdue: 1, completed: 1 });
    expect(boardSummary([])).toEqual({ open: 0, overdue: 0, completed: 0 });
  });
});
