import type { ForecastInputRow } from './build-forecast-series';

/** One target skill of the forecast table: covered (and gap) at each horizon. */
export interface ForecastTableRow {
  skillId: string;
  name: string;
  minLevel: number;
  needed: number;
  /** Covered at each horizon, in `horizons` order. */
  covered: number[];
  /** max(0, needed − covered) at each horizon. */
  gap: number[];
  /** Covered falls below today's value at some later horizon. */
  drops: boolean;
}

export interface ForecastTable {
  horizons: number[];
  /** Column headings: "Today", "In 30 days", … */
  labels: string[];
  rows: ForecastTableRow[];
  /** Readiness 0..1 at each horizon. */
  readiness: number[];
}

/**
 * The forecast's table view (pure): EVERY target skill (not only the dropping ones drawn on the chart)
 * with the people covering it at each horizon, so the numbers can be read exactly. Rows: dropping skills
 * first, then the largest gap at the last horizon, then name; horizons ascending.
 */
export function buildForecastTable(rows: readonly (ForecastInputRow & { minLevel?: number })[]): ForecastTable {
  const horizons = [...new Set(rows.map((r) => r.days))].sort((a, b) => a - b);
  const readiness = new Map<number, number>();
  const bySkill = new Map<string, { name: string; minLevel: number; needed: number; covered: Map<number, number> }>();
  for (const r of rows) {
    readiness.set(r.days, r.readiness);
    let s = bySkill.get(r.skillId);
    if (!s) bySkill.set(r.skillId, (s = { name: r.skill.name, minLevel: r.minLevel ?? 0, needed: r.needed, covered: new Map() }));
    s.covered.set(r.days, r.covered);
  }
  const last = horizons.length - 1;
  const table = [...bySkill.entries()].map(([skillId, s]): ForecastTableRow => {
    const covered = horizons.map((d) => s.covered.get(d) ?? 0);
    return {
      skillId, name: s.name, minLevel: s.minLevel, needed: s.needed, covered,
      gap: covered.map((c) => Math.max(0, s.needed - c)),
      drops: covered.some((c) => c < covered[0]),
    };
  });
  table.sort((a, b) => Number(b.drops) - Number(a.drops) || (b.gap[last] ?? 0) - (a.gap[last] ?? 0) || a.name.localeCompare(b.name) || (a.skillId < b.skillId ? -1 : 1));
  return {
    horizons,
    labels: horizons.map((d) => (d === 0 ? 'Today' : `In ${d} days`)),
    rows: table,
    readiness: horizons.map((d) => readiness.get(d) ?? 0),
  };
}
