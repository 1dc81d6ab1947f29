import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity, TeamEntity, TeamTargetSkillEntity, teamGapsInDatabase } from '@skillproof/api-data-access';
import { notFound, type RequestContext } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import { skillMatrix, teamReadiness, type SkillMatrix, type TeamSkillGap } from '@skillproof/domain-gap-analytics';
import type { TargetSkill } from '@skillproof/domain-model';
import { teamAnalysisLoader } from './team-analysis.loader';
import { createTeamByIdLoader } from './team-by-id.loader';

export interface TeamAnalysis {
  members: PersonEntity[];
  target: TargetSkill[];
  gaps: TeamSkillGap[];
  /** 0..1 */
  readiness: number;
  /** The skills matrix, computed on first call only (it reads every member's credentials: one query). */
  matrix: () => Promise<SkillMatrix>;
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
   * (readiness, skillGaps, members and skillMatrix of one team share it): one SQL statement for the
   * members, target and coverage of every team asked in the same tick; the matrix adds one query when
   * it is asked for.
   */
  analysis(ctx: RequestContext, teamId: string, asOf: Date | null | undefined): Promise<TeamAnalysis> {
    const at = asOf ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
    return teamAnalysisLoader(ctx, at, (organizationId, ids, when) => this.analyseMany(organizationId, ids, when)).load(teamId);
  }

  /**
   * Analyses many teams at once (the per-request loader batches them). Coverage is computed IN
   * PostgreSQL by `teamGapsInDatabase` (attained_evidence + skill_closure; proven equal to the pure
   * `teamSkillGaps` by apps/api/src/team-gaps-fast-path.integration-spec.ts); readiness is the pure
   * `teamReadiness` of those rows; the matrix (on demand) is the pure `skillMatrix` over the members'
   * credentials. One result per id, in order (an unknown team: no members, empty target).
   */
  private async analyseMany(organizationId: string, teamIds: readonly string[], asOf: Date): Promise<TeamAnalysis[]> {
    const results = await teamGapsInDatabase(this.db, { organizationId, teamIds, asOf });
    const byId = new Map(results.map((r) => [r.teamId, r]));
    return teamIds.map((teamId) => {
      const r = byId.get(teamId);
      const members = (r?.members ?? []).map((m) => Object.assign(new PersonEntity(), m));
      const target: TargetSkill[] = r?.target ?? [];
      const gaps: TeamSkillGap[] = r?.gaps ?? [];
      let matrix: Promise<SkillMatrix> | undefined;
      return {
        members, target, gaps, readiness: teamReadiness(gaps),
        matrix: () => (matrix ??= this.matrixOf(organizationId, members, target, asOf)),
      };
    });
  }

  private async matrixOf(organizationId: string, members: readonly PersonEntity[], target: readonly TargetSkill[], asOf: Date): Promise<SkillMatrix> {
    const [credentialsByPerson, { taxonomy }] = await Promise.all([
      this.evidence.forPeople(organizationId, members.map((m) => m.id)),
      this.taxonomy.get(),
    ]);
    return skillMatrix({ members: members.map((m) => ({ personId: m.id })), credentialsByPerson, taxonomy, asOf, skills: target.map((t) => t.skillId) });
  }
}
