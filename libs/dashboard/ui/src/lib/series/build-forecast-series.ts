/** One forecast row as the API returns it (flat: one per horizon × skill). */
export interface ForecastInputRow {
  days: number;
  skillId: string;
  skill: { name: string };
  needed: number;
  covered: number;
  /** Team readiness 0..1 at that horizon. */
  readiness: number;
}

/** A skill whose coverage drops within the horizons (a line of the chart). */
export interface ForecastSkillLine {
  /** Stable data key for the chart (`s0`, `s1`, …). */
  key: string;
  skillId: string;
  name: string;
  needed: number;
  /** Covered at each horizon, in `horizons` order. */
  covered: number[];
}

/** One horizon (an x position of the chart). */
export interface ForecastHorizonPoint {
  days: number;
  /** "Today", "30 days", … */
  label: string;
  /** Readiness at that horizon, in percent 0..100 (one decimal). */
  readinessPct: number;
  /** Covered per dropping skill, by `ForecastSkillLine.key`. */
  [key: string]: number | string;
}

export interface ForecastSeries {
  horizons: number[];
  lines: ForecastSkillLine[];
  points: ForecastHorizonPoint[];
}

/**
 * Builds the expiry-forecast chart series: the horizons in ascending order, the skills whose covered
 * count is lower at some later horizon than at the first one (the drops a manager must act on,
 * ordered by the size of the drop, then name), and one point per horizon with readiness in percent
 * and each dropping skill's covered count.
 */
export function buildForecastSeries(rows: readonly ForecastInputRow[]): ForecastSeries {
  const horizons = [...new Set(rows.map((r) => r.days))].sort((a, b) => a - b);
  const bySkill = new Map<string, { name: string; needed: number; covered: Map<number, number> }>();
  const readiness = new Map<number, number>();
  for (const r of rows) {
    readiness.set(r.days, r.readiness);
    let s = bySkill.get(r.skillId);
    if (!s) {
      s = { name: r.skill.name, needed: r.needed, covered: new Map() };
      bySkill.set(r.skillId, s);
    }
    s.covered.set(r.days, r.covered);
  }
  const dropping = [...bySkill.entries()]
    .map(([skillId, s]) => ({ skillId, name: s.name, needed: s.needed, covered: horizons.map((d) => s.covered.get(d) ?? 0) }))
    .filter((s) => s.covered.some((c) => c < s.covered[0]))
    .sort((a, b) => drop(b.covered) - drop(a.covered) || a.name.localeCompare(b.name));
  const lines = dropping.map((s, i): ForecastSkillLine => ({ key: `s${i}`, ...s }));
  const points = horizons.map((days, h) => {
    const point: ForecastHorizonPoint = { days, label: days === 0 ? 'Today' : `${days} days`, readinessPct: Math.round((readiness.get(days) ?? 0) * 1000) / 10 };
    for (const l of lines) point[l.key] = l.covered[h];
    return point;
  });
  return { horizons, lines, points };
}

const drop = (covered: number[]): number => covered[0] - Math.min(...covered);
