import { Args, Context, GraphQLISODateTime, Float, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeTeam, type RequestContext } from '@skillproof/api-core';
import { JobEntity } from '@skillproof/api-data-access';
import { TaxonomyService, toSkillModel, type SkillModel } from '@skillproof/api-feature-catalog';
import { JobModel, toJobModel } from '@skillproof/api-feature-jobs';
import { PersonModel, peopleById, toPersonModel } from '@skillproof/api-feature-people';
import { SkillGapModel, SkillMatrixModel, TargetSkillModel, TeamModel } from '../models/team.model';
import { TeamsService } from '../services/teams.service';

const toTeamModel = (t: { id: string; name: string; managerId: string | null }): TeamModel => ({ id: t.id, name: t.name, managerId: t.managerId });

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(
    private readonly teamsService: TeamsService,
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private async skill(id: string): Promise<SkillModel> {
    const { skills } = await this.taxonomy.get();
    const s = skills.get(id);
    return s ? toSkillModel(s) : { id, name: id, aliases: [], description: null, category: null, sourceId: null, broaderIds: [] };
  }

  @Query(() => [TeamModel], { description: 'Every team of the organisation, by name.' })
  async teams(@Context() ctx: RequestContext): Promise<TeamModel[]> {
    return (await this.teamsService.list(ctx.organizationId)).filter((t) => canSeeTeam(ctx.user, t.managerId)).map(toTeamModel); // managers: own teams only (issue 5)
  }

  @Query(() => TeamModel, { description: 'One team. Errors: NOT_FOUND.' })
  async team(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<TeamModel> {
    return toTeamModel(await this.teamsService.get(ctx.organizationId, id));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async manager(@Parent() t: TeamModel, @Context() ctx: RequestContext): Promise<PersonModel | null> {
    if (!t.managerId) return null;
    const p = await peopleById(ctx, this.db).load(t.managerId);
    return p ? toPersonModel(p) : null;
  }

  @ResolveField(() => [PersonModel], { description: 'Members by display name.' })
  async members(@Parent() t: TeamModel, @Context() ctx: RequestContext): Promise<PersonModel[]> {
    return (await this.teamsService.analysis(ctx, t.id, null)).members.map((m) => toPersonModel(m));
  }

  @ResolveField(() => [TargetSkillModel], { description: 'The target profile: for each needed skill, the minimum level and how many people must hold it.' })
  async targetProfile(@Parent() t: TeamModel, @Context() ctx: RequestContext): Promise<TargetSkillModel[]> {
    const target = await this.teamsService.target(ctx.organizationId, t.id);
    return Promise.all(target.map(async (s) => ({ skill: await this.skill(s.skillId), minLevel: s.minLevel, needed: s.needed })));
  }

  @ResolveField(() => Float, { description: 'Readiness 0..1 = Σ min(covered, needed) / Σ needed over the target profile (1 when nothing is needed), at `asOf` (default now, UTC).' })
  async readiness(@Parent() t: TeamModel, @Context() ctx: RequestContext, @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<number> {
    return (await this.teamsService.analysis(ctx, t.id, asOf)).readiness;
  }

  @ResolveField(() => [SkillGapModel], { description: 'Coverage of each target skill at `asOf` (default now, UTC): covered = members at or above minLevel on VERIFIED current credentials; gap = max(0, needed − covered).' })
  async skillGaps(@Parent() t: TeamModel, @Context() ctx: RequestContext, @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<SkillGapModel[]> {
    const a = await this.teamsService.analysis(ctx, t.id, asOf);
    const byId = new Map(a.members.map((m) => [m.id, m]));
    return Promise.all(a.gaps.map(async (g) => ({
      skill: await this.skill(g.skillId), minLevel: g.minLevel, needed: g.needed, covered: g.covered, gap: g.gap,
      singlePointOfKnowledge: g.singlePointOfKnowledge, uncovered: g.uncovered,
      holders: g.holders.map((id) => byId.get(id)).filter((p) => p !== undefined).map((p) => toPersonModel(p)),
    })));
  }

  @ResolveField(() => SkillMatrixModel, { description: 'Members × target skills at `asOf` (default now, UTC): verified level, claimed level, expiring within 90 days, expired.' })
  async skillMatrix(@Parent() t: TeamModel, @Context() ctx: RequestContext, @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<SkillMatrixModel> {
    const a = await this.teamsService.analysis(ctx, t.id, asOf);
    return {
      members: a.members.map((m) => toPersonModel(m)),
      skills: await Promise.all(a.target.map((s) => this.skill(s.skillId))),
      cells: (await a.matrix()).cells.map((c) => ({
        personId: c.personId, skillId: c.skillId, level: c.level, verified: c.verified, claimedLevel: c.claimedLevel ?? null,
        expiresSoon: c.expiresSoon, expired: c.expired,
      })),
    };
  }

  @ResolveField(() => [JobModel], { description: "The team's jobs by title." })
  async jobs(@Parent() t: TeamModel, @Context() ctx: RequestContext): Promise<JobModel[]> {
    const rows = await this.db.getRepository(JobEntity).find({ where: { organizationId: ctx.organizationId, teamId: t.id }, order: { title: 'ASC', id: 'ASC' } });
    return rows.map(toJobModel);
  }
}

/** `team` on Person and Job (resolved here so that people and jobs do not depend on teams). */
@Resolver(() => PersonModel)
export class PersonTeamResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField(() => TeamModel, { nullable: true })
  async team(@Parent() p: PersonModel, @Context() ctx: RequestContext): Promise<TeamModel | null> {
    return p.teamId && !p.blind ? toTeamModel(await this.teams.get(ctx.organizationId, p.teamId)) : null;
  }
}

@Resolver(() => JobModel)
export class JobTeamResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField(() => TeamModel, { nullable: true })
  async team(@Parent() j: JobModel, @Context() ctx: RequestContext): Promise<TeamModel | null> {
    return j.teamId ? toTeamModel(await this.teams.get(ctx.organizationId, j.teamId)) : null;
  }
}


