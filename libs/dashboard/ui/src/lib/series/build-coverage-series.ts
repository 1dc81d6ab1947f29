/**
 * Chart series for a team's coverage: needed vs covered people per target skill (PRODUCT.md §5).
 * Pure: the numbers come from the API's `skillGaps`; this only shapes, validates and labels them.
 */
export interface SkillGapInput {
  skill: { id: string; name: string };
  minLevel: number;
  needed: number;
  covered: number;
  gap: number;
  singlePointOfKnowledge: boolean;
}

export interface CoveragePoint {
  skillId: string;
  skill: string;
  /** Axis label: the skill name with a text marker for single points of knowledge / uncovered skills. */
  label: string;
  minLevel: number;
  needed: number;
  covered: number;
  gap: number;
  singlePointOfKnowledge: boolean;
  /** Held by nobody although needed. */
  uncovered: boolean;
}

/** Text marker after a skill that only one member holds (bus factor 1); not colour alone. */
export const SPOK_MARKER = '⚠';
/** Text marker after a needed skill nobody holds. */
export const UNCOVERED_MARKER = '✕';

const toCount = (n: number): number => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export function buildCoverageSeries(skillGaps: readonly SkillGapInput[]): CoveragePoint[] {
  return skillGaps.map((g) => {
    const needed = toCount(g.needed);
    const covered = toCount(g.covered);
    const uncovered = covered === 0 && needed > 0;
    const singlePointOfKnowledge = g.singlePointOfKnowledge;
    const marker = singlePointOfKnowledge ? ` ${SPOK_MARKER}` : uncovered ? ` ${UNCOVERED_MARKER}` : '';
    return {
      skillId: g.skill.id,
      skill: g.skill.name,
      label: `${g.skill.name}${marker}`,
      minLevel: g.minLevel,
      needed,
      covered,
      // gap = max(0, needed − coverage) (PRODUCT.md §5); recomputed so the chart never disagrees with its bars.
      gap: Math.max(0, needed - covered),
      singlePointOfKnowledge,
      uncovered,
    };
  });
}

/** Readiness = Σ min(coverage, needed) / Σ needed, or null when nothing is needed. */
export function readinessFromSeries(series: readonly CoveragePoint[]): number | null {
  const needed = series.reduce((sum, p) => sum + p.needed, 0);
  if (needed === 0) return null;
  return series.reduce((sum, p) => sum + Math.min(p.covered, p.needed), 0) / needed;
}

/** Highest value on the chart's count axis (at least 1), for an integer-only domain. */
export function coverageAxisMax(series: readonly CoveragePoint[]): number {
  return Math.max(1, ...series.map((p) => Math.max(p.needed, p.covered)));
}
