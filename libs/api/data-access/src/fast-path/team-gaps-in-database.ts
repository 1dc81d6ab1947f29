import type { SqlRunner } from './rank-candidates-in-database';

/** Input of {@link teamGapsInDatabase}. */
export interface TeamGapsInDatabaseInput {
  organizationId: string;
  /** Teams to analyse; `null` = every team of the organisation. Unknown ids yield no entry. */
  teamIds: readonly string[] | null;
  /** Coverage instant (validity windows: start ≤ asOf < end, open ends). */
  asOf: Date;
  /** Also return each team's members (person rows, by display name then id). Default true. */
  withMembers?: boolean;
  /** Also return the holders of each target skill (in member order). Default true. */
  withHolders?: boolean;
}

/** A member as stored (`person` row, camel-cased; the fields of PersonEntity). */
export interface TeamMemberRow {
  id: string;
  organizationId: string;
  kind: 'CANDIDATE' | 'EMPLOYEE';
  givenName: string;
  familyName: string;
  displayName: string;
  email: string | null;
  code: string | null;
  teamId: string | null;
  homeOccupationCode: string | null;
}

/**
 * Coverage of one target entry: exactly the fields of `TeamSkillGap` of @skillproof/domain-gap-analytics
 * (the pure reference `teamSkillGaps`, proven equal by apps/api/src/team-gaps-fast-path.integration-spec.ts).
 */
export interface TeamGapRow {
  skillId: string;
  /** ≥ 0, organisation's scale; 0 = any verified evidence. */
  minLevel: number;
  /** People needed at minLevel or above (≥ 0). */
  needed: number;
  /** Members whose verified attained level at asOf is ≥ minLevel. */
  covered: number;
  /** max(0, needed − covered). */
  gap: number;
  /** Person ids of the covering members, in member order (empty when `withHolders` is false). */
  holders: string[];
  singlePointOfKnowledge: boolean;
  uncovered: boolean;
}

/** One analysed team. */
export interface TeamGapsResult {
  teamId: string;
  /** By display name, then id (empty when `withMembers` is false). */
  members: TeamMemberRow[];
  /** The target profile, by needed desc then skill id. */
  target: { skillId: string; minLevel: number; needed: number }[];
  /** One row per target entry, in target order. */
  gaps: TeamGapRow[];
}

/**
 * ONE statement: the teams, their members (optional), target profiles and, per target entry, the
 * members covering it at `$3` — a member covers a target skill when some `attained_evidence` row of
 * that skill (aligned to it or to a narrower skill, through the closure) counts (VERIFIED, or FAILED
 * only for its validity window: see counting-status.sql.ts / migration 1764633600000), is current at
 * asOf and has level ≥ minLevel. Evidence is read
 * only for the team's members (`person_team_idx`, then `attained_evidence_person_idx`, migration
 * 1765065600000), so the cost does not grow with the rest of the organisation (candidates).
 */
const TEAM_GAPS_SQL = `
WITH teams AS (
  SELECT t.id, row_number() OVER (ORDER BY t.name, t.id) AS ord
    FROM team t WHERE t.organization_id = $1 AND ($2::uuid[] IS NULL OR t.id = ANY($2::uuid[]))
),
tgt AS (
  SELECT tt.team_id, tt.skill_id, tt.min_level, tt.needed
    FROM team_target_skill tt
   WHERE tt.organization_id = $1 AND tt.team_id IN (SELECT id FROM teams)
),
-- The members of the teams, and per member ONE range scan of attained_evidence_person_idx (their
-- counting evidence on the team's target skills, current at asOf): O(members × their evidence),
-- independent of the rest of the organisation. MATERIALIZED keeps the planner from nesting the
-- target entries outside the members (members × targets index probes, 2–10× slower).
tgt_skills AS (
  SELECT team_id, array_agg(skill_id) AS skills FROM tgt GROUP BY team_id
),
ev AS MATERIALIZED (
  SELECT p.team_id, p.id AS person_id, x.skill_id, x.level
    FROM tgt_skills ts
    JOIN person p ON p.organization_id = $1 AND p.team_id = ts.team_id
    CROSS JOIN LATERAL (
      SELECT e.skill_id, max(e.level) AS level
        FROM attained_evidence e
       WHERE e.organization_id = $1 AND e.person_id = p.id AND e.counts AND e.skill_id = ANY(ts.skills)
         AND (e.valid_from IS NULL OR e.valid_from <= $3::timestamptz)
         AND (e.valid_until IS NULL OR $3::timestamptz < e.valid_until)
       GROUP BY e.skill_id) x
),
cov AS MATERIALIZED (
  SELECT ev.team_id, ev.skill_id, count(*)::int AS covered, array_agg(ev.person_id) AS holders
    FROM ev JOIN tgt g ON g.team_id = ev.team_id AND g.skill_id = ev.skill_id AND ev.level >= g.min_level
   GROUP BY ev.team_id, ev.skill_id
),
per_target AS (
  SELECT g.team_id, g.skill_id, g.min_level, g.needed, coalesce(c.covered, 0) AS covered,
         CASE WHEN $5::boolean THEN coalesce(c.holders, '{}') END AS holders
    FROM tgt g LEFT JOIN cov c ON c.team_id = g.team_id AND c.skill_id = g.skill_id
)
SELECT t.id AS "teamId", t.ord,
       CASE WHEN $4::boolean THEN (
         SELECT coalesce(json_agg(json_build_object('id', p.id, 'organizationId', p.organization_id, 'kind', p.kind,
                  'givenName', p.given_name, 'familyName', p.family_name, 'displayName', p.display_name, 'email', p.email,
                  'code', p.code, 'teamId', p.team_id, 'homeOccupationCode', p.home_occupation_code)
                  ORDER BY p.display_name, p.id), '[]'::json)
           FROM person p WHERE p.organization_id = $1 AND p.team_id = t.id) END AS members,
       (SELECT coalesce(json_agg(json_build_object('skillId', g.skill_id, 'minLevel', g.min_level, 'needed', g.needed,
                 'covered', g.covered, 'holders', g.holders) ORDER BY g.needed DESC, g.skill_id), '[]'::json)
          FROM per_target g WHERE g.team_id = t.id) AS target
  FROM teams t`;

/**
 * Team skill gaps computed in PostgreSQL (PRODUCT.md §5): coverage = members at or above minLevel on
 * counting, current evidence (the same attained level as matching), gap = max(0, needed − covered),
 * single point of knowledge = covered 1, uncovered = covered 0. Equal, value by value and in order, to
 * `teamSkillGaps({ members, target, asOf, … })` of @skillproof/domain-gap-analytics with the returned
 * member and target orders (property test apps/api/src/team-gaps-fast-path.integration-spec.ts).
 * Readiness is `teamReadiness(gaps)` of the same library. One SQL statement for any number of teams.
 *
 * @returns one entry per existing requested team, in `teamIds` order (every team by name and id when
 *   `teamIds` is null).
 */
export async function teamGapsInDatabase(db: SqlRunner, input: TeamGapsInDatabaseInput): Promise<TeamGapsResult[]> {
  const withMembers = input.withMembers ?? true;
  const withHolders = input.withHolders ?? true;
  type Target = { skillId: string; minLevel: number; needed: number; covered: number; holders: string[] | null };
  type Row = { teamId: string; ord: string | number; members: TeamMemberRow[] | null; target: Target[] };
  const result = (await db.query(TEAM_GAPS_SQL, [
    input.organizationId,
    input.teamIds ? [...input.teamIds] : null,
    input.asOf.toISOString(),
    withMembers,
    withHolders,
  ])) as Row[] | { rows: Row[] };
  // Ordered here (by name, id through `ord`): sorting the wide rows in SQL would spill to disk.
  const rows = (Array.isArray(result) ? result : result.rows).slice().sort((a, b) => Number(a.ord) - Number(b.ord));
  const byId = new Map(rows.map((r) => [r.teamId, r]));
  const ids = input.teamIds ?? rows.map((r) => r.teamId);
  return ids.flatMap((teamId) => {
    const row = byId.get(teamId);
    if (!row) return [];
    const members = row.members ?? [];
    return [{
      teamId,
      members,
      target: row.target.map((t) => ({ skillId: t.skillId, minLevel: t.minLevel, needed: t.needed })),
      gaps: row.target.map((t): TeamGapRow => {
        const holderSet = new Set(t.holders ?? []);
        // Member order, as the reference lists holders (ids are unique per team).
        const holders = withHolders ? (withMembers ? members.map((m) => m.id).filter((id) => holderSet.has(id)) : [...holderSet].sort()) : [];
        return {
          skillId: t.skillId, minLevel: t.minLevel, needed: t.needed, covered: t.covered, gap: Math.max(0, t.needed - t.covered),
          holders, singlePointOfKnowledge: t.covered === 1, uncovered: t.covered === 0,
        };
      }),
    }];
  });
}
