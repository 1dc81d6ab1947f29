/** One organisation-wide target skill as the API returns it (`organizationSkillGaps`). */
export interface OrgGapInput {
  skill: { id: string; name: string };
  needed: number;
  covered: number;
  gap: number;
  teamsAffected: readonly { id: string; name: string }[];
}

/** A bar of the organisation gap chart: people short on one skill, across the teams that lack it. */
export interface OrgGapPoint {
  skillId: string;
  /** Axis label: the skill name. */
  skill: string;
  gap: number;
  needed: number;
  covered: number;
  /** "Clinical Services, Public Programs". */
  teams: string;
}

/**
 * Bars of the organisation's skill gaps (pure): the skills where some team is short (gap > 0), largest
 * gap first (then more people needed, then name), at most `limit` (the table view lists them all).
 * Counts are clamped to non-negative integers.
 */
export function buildOrgGapSeries(rows: readonly OrgGapInput[], limit = 15): OrgGapPoint[] {
  const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  return rows
    .map((r) => ({ skillId: r.skill.id, skill: r.skill.name, gap: count(r.gap), needed: count(r.needed), covered: count(r.covered), teams: r.teamsAffected.map((t) => t.name).join(', ') }))
    .filter((p) => p.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.needed - a.needed || a.skill.localeCompare(b.skill) || (a.skillId < b.skillId ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
