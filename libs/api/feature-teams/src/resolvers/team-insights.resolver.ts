import { Args, Context, GraphQLISODateTime, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@skillproof/api-core';
import { TaxonomyService, toSkillModel, type SkillModel } from '@skillproof/api-feature-catalog';
import { toCredentialModel, toPersonModel } from '@skillproof/api-feature-people';
import { DEFAULT_FORECAST_DAYS, DEFAULT_TREND_MONTHS } from '@skillproof/domain-gap-analytics';
import { ExpiringCredentialModel, ForecastPointModel, OrganizationSkillGapModel, TrendPointModel } from '../models/team-insights.model';
import { TeamModel } from '../models/team.model';
import { TeamInsightsService } from '../services/team-insights.service';

/** Skill lookup shared by the resolvers below (unknown ids are shown as their id). */
async function skillModel(taxonomy: TaxonomyService, id: string): Promise<SkillModel> {
  const { skills } = await taxonomy.get();
  const s = skills.get(id);
  return s ? toSkillModel(s) : { id, name: id, aliases: [], description: null, category: null, sourceId: null, broaderIds: [] };
}

/** Expiry forecast, coverage trend and expiring credentials of a team (PRODUCT.md §5). */
@Resolver(() => TeamModel)
export class TeamInsightsResolver {
  constructor(
    private readonly insights: TeamInsightsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @ResolveField(() => [ForecastPointModel], {
    description:
      'Expiry forecast (PRODUCT.md §5): for each horizon in `days` (default [30, 60, 90]; integers 0..3650, at most 24; 0 = today) and each target skill, ' +
      'the members still covering it at asOf + days given credential expiry dates, with needed, gap and the team readiness (0..1) at that horizon. ' +
      'Flat list ordered by the given days, then target order. `asOf` defaults to now (UTC). Errors: BAD_USER_INPUT.',
  })
  async coverageForecast(
    @Parent() t: TeamModel,
    @Context() ctx: RequestContext,
    @Args('days', { type: () => [Int], nullable: true, defaultValue: [...DEFAULT_FORECAST_DAYS] }) days: number[],
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<ForecastPointModel[]> {
    const points = await this.insights.forecast(ctx, t.id, days ?? DEFAULT_FORECAST_DAYS, asOf);
    const rows: ForecastPointModel[] = [];
    for (const p of points) {
      for (const s of p.skills) {
        rows.push({ days: p.days, date: p.date, skillId: s.skillId, skill: await skillModel(this.taxonomy, s.skillId), minLevel: s.minLevel, needed: s.needed, covered: s.covered, gap: s.gap, readiness: p.readiness });
      }
    }
    return rows;
  }

  @ResolveField(() => [TrendPointModel], {
    description:
      'Coverage over the past `months` (default 12, 1..120) rebuilt from credential issue and expiry dates (PRODUCT.md §5): one point per month end, oldest first, ' +
      "the current month evaluated at `asOf` (default now, UTC). Today's members; verification statuses as known now (a revoked credential is dropped from the whole history). Errors: BAD_USER_INPUT.",
  })
  async coverageTrend(
    @Parent() t: TeamModel,
    @Context() ctx: RequestContext,
    @Args('months', { type: () => Int, nullable: true, defaultValue: DEFAULT_TREND_MONTHS }) months: number,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<TrendPointModel[]> {
    const points = await this.insights.trend(ctx, t.id, months ?? DEFAULT_TREND_MONTHS, asOf);
    return Promise.all(points.map(async (p) => ({
      month: p.month, date: p.date, readiness: p.readiness,
      skills: await Promise.all(p.skills.map(async (s) => ({ ...s, skill: await skillModel(this.taxonomy, s.skillId) }))),
    })));
  }

  @ResolveField(() => [ExpiringCredentialModel], {
    description: "Members' VERIFIED, current credentials whose validUntil falls within `withinDays` (default 90, ≥ 0) after `asOf` (default now, UTC), soonest first. Errors: BAD_USER_INPUT.",
  })
  async expiringCredentials(
    @Parent() t: TeamModel,
    @Context() ctx: RequestContext,
    @Args('withinDays', { type: () => Int, nullable: true, defaultValue: 90 }) withinDays: number,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<ExpiringCredentialModel[]> {
    const rows = await this.insights.expiring(ctx, t.id, withinDays ?? 90, asOf);
    return Promise.all(rows.map(async (r) => ({
      member: toPersonModel(r.member), credential: toCredentialModel(r.credential), validUntil: r.validUntil,
      skills: await Promise.all(r.skillIds.map((id) => skillModel(this.taxonomy, id))),
    })));
  }
}

/** The organisation-wide view across teams. */
@Resolver(() => OrganizationSkillGapModel)
export class OrganizationGapsResolver {
  constructor(
    private readonly insights: TeamInsightsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => [OrganizationSkillGapModel], {
    description:
      'Organisation-wide skill gaps across every team at `asOf` (default now, UTC): per target skill, Σ needed, Σ covered (capped per team), ' +
      'Σ gap and the teams affected; ordered by gap, then needed, descending.',
  })
  async organizationSkillGaps(
    @Context() ctx: RequestContext,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date,
  ): Promise<OrganizationSkillGapModel[]> {
    const { rows, teams } = await this.insights.organizationGaps(ctx, asOf);
    const team = (id: string): TeamModel => {
      const e = teams.get(id);
      return { id, name: e?.name ?? id, managerId: e?.managerId ?? null };
    };
    return Promise.all(rows.map(async (r) => ({
      skill: await skillModel(this.taxonomy, r.skillId), needed: r.needed, covered: r.covered, gap: r.gap,
      teams: r.teamIds.map(team), teamsAffected: r.teamsAffected.map(team),
    })));
  }
}
