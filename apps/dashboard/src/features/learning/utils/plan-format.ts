import type { CsvValue } from '@skillproof/dashboard-ui';

/** 0..1 → "73%". */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** USD, no cents: "$1,250"; "—" when unknown. */
export const money = (x: number | null | undefined): string => (x == null || !Number.isFinite(x) ? '—' : `$${x.toLocaleString('en-US', { maximumFractionDigits: 0 })}`);

/** The plan as CSV rows (one per planned assignment, ids next to names). */
export function planCsv(assignments: readonly {
  person: { id: string; displayName: string };
  definition: { id: string; name: string };
  closes: readonly { id: string; name: string }[];
  hours: number;
  cost: number | null;
}[]): { headers: string[]; rows: CsvValue[][] } {
  return {
    headers: ['person', 'personId', 'credential', 'definitionId', 'closes', 'hours', 'costUsd'],
    rows: assignments.map((a) => [a.person.displayName, a.person.id, a.definition.name, a.definition.id, a.closes.map((s) => s.name).join('; '), a.hours, a.cost]),
  };
}
