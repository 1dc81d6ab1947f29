import type { SkillId } from '@skillproof/domain-model';

/** One team's coverage rows (e.g. `teamSkillGaps` output). */
export interface TeamGapRows {
  teamId: string;
  gaps: ReadonlyArray<{ skillId: SkillId; needed: number; covered: number }>;
}

/** Organisation-wide coverage of one skill across teams. */
export interface OrganizationSkillGap {
  skillId: SkillId;
  /** Σ needed over the teams targeting the skill. */
  needed: number;
  /** Σ min(covered, needed) over those teams: holders beyond a team's need are not counted. */
  covered: number;
  /** Σ per-team gap = needed − covered (a surplus in one team never fills another team's gap). */
  gap: number;
  /** Teams targeting the skill, in input order. */
  teamIds: string[];
  /** Teams with a gap > 0 on the skill, in input order. */
  teamsAffected: string[];
}

/**
 * The organisation-wide view across teams (issue 4): per target skill, total needed, covered, gap and
 * the teams affected. A skill targeted twice by the same team (two levels) counts twice. Ordered by
 * gap descending, then needed descending, then skill id. Readiness of the organisation =
 * Σ covered / Σ needed of the result (same formula as a team's).
 */
export function organizationSkillGaps(teams: readonly TeamGapRows[]): OrganizationSkillGap[] {
  const bySkill = new Map<SkillId, OrganizationSkillGap>();
  for (const team of teams) {
    for (const g of team.gaps) {
      const needed = Math.max(0, g.needed);
      const covered = Math.min(Math.max(0, g.covered), needed);
      let row = bySkill.get(g.skillId);
      if (!row) {
        row = { skillId: g.skillId, needed: 0, covered: 0, gap: 0, teamIds: [], teamsAffected: [] };
        bySkill.set(g.skillId, row);
      }
      row.needed += needed;
      row.covered += covered;
      row.gap += needed - covered;
      if (!row.teamIds.includes(team.teamId)) row.teamIds.push(team.teamId);
      if (needed - covered > 0 && !row.teamsAffected.includes(team.teamId)) row.teamsAffected.push(team.teamId);
    }
  }
  return [...bySkill.values()].sort(
    (a, b) => b.gap - a.gap || b.needed - a.needed || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0),
  );
}
