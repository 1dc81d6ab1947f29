/** What the comparison needs of one ranked candidate (a JobMatch row). */
export interface ComparableMatch {
  person: { id: string; displayName: string };
  rank: number;
  fit: number;
  eligible: boolean;
  requirements: { skill: { id: string; name: string }; attainedLevel: number; requiredLevel: number; mustHave: boolean; status: string }[];
}

/** One axis of the radar: a requirement with the required level and each candidate's attained level (`c0`, `c1`, …). */
export interface ComparisonPoint {
  skillId: string;
  /** Axis label: the skill name, with "!" for a must-have. */
  skill: string;
  mustHave: boolean;
  required: number;
  [candidateKey: `c${number}`]: number;
}

/** A candidate series of the radar. */
export interface ComparisonSeries {
  key: `c${number}`;
  personId: string;
  label: string;
  rank: number;
  fit: number;
  eligible: boolean;
}

/** Most candidates compared at once (a radar stays readable with up to four outlines). */
export const MAX_COMPARED = 4;
/** Fewest candidates worth comparing. */
export const MIN_COMPARED = 2;

/**
 * Shapes the radar of attained vs required level per requirement for 2–4 candidates of one job.
 * Axes follow the first candidate's requirement order (the job's display order), then any requirement
 * only another candidate lists; a level a candidate has no row for counts 0. Candidates keep the order given.
 */
export function buildComparisonSeries(matches: readonly ComparableMatch[]): { points: ComparisonPoint[]; series: ComparisonSeries[] } {
  const axes = new Map<string, { name: string; required: number; mustHave: boolean }>();
  for (const m of matches) {
    for (const r of m.requirements) if (!axes.has(r.skill.id)) axes.set(r.skill.id, { name: r.skill.name, required: r.requiredLevel, mustHave: r.mustHave });
  }
  const series: ComparisonSeries[] = matches.map((m, i) => ({
    key: `c${i}`, personId: m.person.id, label: m.person.displayName, rank: m.rank, fit: m.fit, eligible: m.eligible,
  }));
  const points = [...axes].map(([skillId, axis]) => {
    const point: ComparisonPoint = { skillId, skill: axis.mustHave ? `${axis.name} !` : axis.name, mustHave: axis.mustHave, required: axis.required };
    matches.forEach((m, i) => {
      point[`c${i}`] = m.requirements.find((r) => r.skill.id === skillId)?.attainedLevel ?? 0;
    });
    return point;
  });
  return { points, series };
}

/** Outer radius of the radar: the scale maximum, or higher when a level exceeds it. */
export function radarMax(points: readonly ComparisonPoint[], scaleMax = 5): number {
  let max = scaleMax;
  for (const p of points) {
    for (const [k, v] of Object.entries(p)) if ((k === 'required' || /^c\d+$/.test(k)) && typeof v === 'number') max = Math.max(max, v);
  }
  return max;
}

/** The best-ranked ELIGIBLE candidate among those compared (null when none is eligible). */
export function topEligible<T extends { eligible: boolean; rank: number }>(matches: readonly T[]): T | null {
  return matches.filter((m) => m.eligible).sort((a, b) => a.rank - b.rank)[0] ?? null;
}

/** The comparison as a table (and CSV): one row per requirement, required level then each candidate's attained level. */
export function comparisonTable(points: readonly ComparisonPoint[], series: readonly ComparisonSeries[]): { headers: string[]; rows: (string | number)[][] } {
  return {
    headers: ['Requirement', 'Must-have', 'Required level', ...series.map((s) => `${s.label} (attained)`)],
    rows: points.map((p) => [p.skill.replace(/ !$/, ''), p.mustHave ? 'yes' : 'no', p.required, ...series.map((s) => p[s.key] ?? 0)]),
  };
}
