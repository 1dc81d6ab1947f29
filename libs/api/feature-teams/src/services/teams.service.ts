import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonEntity, TeamEntity, TeamTargetSkillEntity } from '@skillproof/api-data-access';
import { notFound, requestLoader, type RequestContext } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import { skillMatrix, teamReadiness, teamSkillGaps, type SkillMatrix, type TeamSkillGap } from '@skillproof/domain-gap-analytics';
import type { TargetSkill } from '@skillproof/domain-model';

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
    const team = await this.db.getRepository(TeamEntity).findOneBy({ organizationId, id });
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
    return requestLoader(ctx, `teamAnalysis:${teamId}:${at.toISOString()}`, () => this.analyse(ctx.organizationId, teamId, at));
  }

  private async analyse(organizationId: string, teamId: string, asOf: Date): Promise<TeamAnalysis> {
    const [members, target, { taxonomy }] = await Promise.all([
      this.members(organizationId, teamId), this.target(organizationId, teamId), this.taxonomy.get(),
    ]);
    const credentialsByPerson = await this.evidence.forPeople(organizationId, members.map((m) => m.id));
    const input = { members: members.map((m) => ({ personId: m.id })), credentialsByPerson, taxonomy, asOf };
    const gaps = teamSkillGaps({ ...input, target });
    return {
      members, target, gaps, readiness: teamReadiness(gaps),
      matrix: skillMatrix({ ...input, skills: target.map((t) => t.skillId) }),
    };
  }
}
