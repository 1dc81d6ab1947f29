import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity, TeamEntity, TeamTargetSkillEntity } from '@skillproof/api-data-access';
import { notFound, type RequestContext } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import { skillMatrix, teamReadiness, teamSkillGaps, type SkillMatrix, type TeamSkillGap } from '@skillproof/domain-gap-analytics';
import type { TargetSkill } from '@skillproof/domain-model';
import { teamAnalysisLoader } from './team-analysis.loader';
import { createTeamByIdLoader } from './team-by-id.loader';

export interface TeamAnalysis {
  members: PersonEntity[];
  target: TargetSkill[];
  gaps: TeamSkillGap[];
  /** 0..1 */
  readiness: number;
  matrix: SkillMatrix;
}

/** Teams, their target profiles and their gap analytics (PRODUCT.md §5). */
@Injectable()
export class TeamsService {
  /** Batches concurrent `get` calls (same tick) into one query; no caching across ticks. */
  private teamByIdLoader?: ReturnType<typeof createTeamByIdLoader>;
  private get teamById() {
    return (this.teamByIdLoader ??= createTeamByIdLoader(this.db));
  }

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly evidence: EvidenceService,
  ) {}

  /** Every team of the organisation, by name. */
  list(organizationId: string): Promise<TeamEntity[]> {
    return this.db.getRepository(TeamEntity).find({ where: { organizationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** @throws DomainError NOT_FOUND */
  async get(organizationId: string, id: string): Promise<TeamEntity> {
    const team = await this.teamById.load(`${organizationId}|${id}`);
    if (!team) throw notFound('Team', id);
    return team;
  }

  /** Members of a team by display name (the manager included when on the team). */
  members(organizationId: string, teamId: string): Promise<PersonEntity[]> {
    return this.db.getRepository(PersonEntity).find({ where: { organizationId, teamId }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /** The target profile, ordered by needed desc, then skill id. */
  async target(organizationId: string, teamId: string): Promise<TargetSkill[]> {
    const rows = await this.db.getRepository(TeamTargetSkillEntity).find({ where: { organizationId, teamId }, order: { needed: 'DESC', skillId: 'ASC' } });
    return rows.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, needed: r.needed }));
  }

  /**
   * Coverage, gaps, readiness and the skills matrix of a team at `asOf`, computed once per request
   * (readiness, skillGaps and skillMatrix of one team share it): three queries.
   */
  analysis(ctx: RequestContext, teamId: string, asOf: Date | null | undefined): Promise<TeamAnalysis> {
    const at = asOf ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
    return teamAnalysisLoader(ctx, at, (organizationId, ids, when) => this.analyseMany(organizationId, ids, when)).load(teamId);
  }

  /**
   * Analyses many teams at once (the per-request loader batches them): members of every team (one
   * query), target profiles (one query), evidence of every member (one query), then the pure
   * `teamSkillGaps` / `teamReadiness` / `skillMatrix` per team. One result per id, in order.
   */
  private async analyseMany(organizationId: string, teamIds: readonly string[], asOf: Date): Promise<TeamAnalysis[]> {
    // Members and target profiles of every team in ONE statement.
    type MemberRow = Omit<PersonEntity, 'kind'> & { kind: PersonEntity['kind'] };
    type TargetRow = { teamId: string; skillId: string; minLevel: number; needed: number };
    const [[row], { taxonomy }] = await Promise.all([
      this.db.query(
        `SELECT
           (SELECT coalesce(json_agg(json_build_object('id', p.id, 'organizationId', p.organization_id, 'kind', p.kind,
                     'givenName', p.given_name, 'familyName', p.family_name, 'displayName', p.display_name, 'email', p.email,
                     'code', p.code, 'teamId', p.team_id, 'homeOccupationCode', p.home_occupation_code)
                     ORDER BY p.display_name, p.id), '[]'::json)
              FROM person p WHERE p.organization_id = $1 AND p.team_id = ANY($2::uuid[])) AS members,
           (SELECT coalesce(json_agg(json_build_object('teamId', t.team_id, 'skillId', t.skill_id, 'minLevel', t.min_level, 'needed', t.needed)
                     ORDER BY t.needed DESC, t.skill_id), '[]'::json)
              FROM team_target_skill t WHERE t.organization_id = $1 AND t.team_id = ANY($2::uuid[])) AS targets`,
        [organizationId, [...teamIds]],
      ) as Promise<{ members: MemberRow[]; targets: TargetRow[] }[]>,
      this.taxonomy.get(),
    ]);
    const members = row.members.map((m) => Object.assign(new PersonEntity(), m));
    const targets = row.targets;
    const credentialsByPerson = await this.evidence.forPeople(organizationId, members.map((m) => m.id));
    return teamIds.map((teamId) => {
      const teamMembers = members.filter((m) => m.teamId === teamId);
      const target: TargetSkill[] = targets.filter((t) => t.teamId === teamId).map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, needed: r.needed }));
      const input = { members: teamMembers.map((m) => ({ personId: m.id })), credentialsByPerson, taxonomy, asOf };
      const gaps = teamSkillGaps({ ...input, target });
      return {
        members: teamMembers, target, gaps, readiness: teamReadiness(gaps),
        matrix: skillMatrix({ ...input, skills: target.map((t) => t.skillId) }),
      };
    });
  }

}
