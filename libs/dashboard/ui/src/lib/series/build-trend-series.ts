/** One trend point as the API returns it. */
export interface TrendInputPoint {
  /** YYYY-MM */
  month: string;
  /** 0..1 */
  readiness: number;
  skills: { skillId: string; skill: { name: string }; needed: number; covered: number }[];
}

/** One month of the trend chart. */
export interface TrendChartPoint {
  month: string;
  /** "Jan 2025" (UTC calendar month, English short names: stable across locales and time zones). */
  label: string;
  /** Readiness in percent 0..100, one decimal. */
  readinessPct: number;
  /** Σ min(covered, needed) over the target skills. */
  held: number;
  /** Σ needed. */
  needed: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats `YYYY-MM` as "Mon YYYY" without going through a Date (no time-zone shift). */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Builds the 12-month trend series (oldest first, as given): readiness in percent and people held vs needed. */
export function buildTrendSeries(points: readonly TrendInputPoint[]): TrendChartPoint[] {
  return points.map((p) => ({
    month: p.month,
    label: formatMonth(p.month),
    readinessPct: Math.round(p.readiness * 1000) / 10,
    held: p.skills.reduce((sum, s) => sum + Math.min(Math.max(0, s.covered), Math.max(0, s.needed)), 0),
    needed: p.skills.reduce((sum, s) => sum + Math.max(0, s.needed), 0),
  }));
}
