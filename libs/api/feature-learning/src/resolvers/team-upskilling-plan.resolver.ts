import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@skillproof/api-core';
import { definitionsById, TaxonomyService, toDefinitionModel, type CredentialDefinitionModel } from '@skillproof/api-feature-catalog';
import { toPersonModel } from '@skillproof/api-feature-people';
import { TeamModel } from '@skillproof/api-feature-teams';
import { UpskillingPlanModel } from '../models/upskilling-plan.model';
import { UpskillingPlanService } from '../services/upskilling-plan.service';
import { skillModelOf } from './to-models';

/** `Team.upskillingPlan` (resolved here so that teams do not depend on learning). */
@Resolver(() => TeamModel)
export class TeamUpskillingPlanResolver {
  constructor(
    private readonly plans: UpskillingPlanService,
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => UpskillingPlanModel, {
    description:
      "The recommended upskilling plan now (PRODUCT.md §5): (employee, credential definition) assignments closing the most gap per hour, each employee within `capacityHoursPerPerson` hours per quarter (integer 0..2000, default 40; open assignments' hours count). Errors: BAD_USER_INPUT (capacity).",
  })
  async upskillingPlan(
    @Parent() team: TeamModel,
    @Context() ctx: RequestContext,
    @Args('capacityHoursPerPerson', { type: () => Int, nullable: true }) capacityHoursPerPerson?: number,
  ): Promise<UpskillingPlanModel> {
    const [{ plan, members }, { skills }] = await Promise.all([this.plans.planFor(ctx, team.id, capacityHoursPerPerson), this.taxonomy.get()]);
    const people = new Map(members.map((m) => [m.id, m]));
    const definitions = await definitionsById(ctx, this.db).loadMany([...new Set(plan.assignments.map((a) => a.definitionId))]);
    const defs = new Map<string, CredentialDefinitionModel>();
    for (const d of definitions) if (d && !(d instanceof Error)) defs.set(d.id, toDefinitionModel(d));
    return {
      capacityHoursPerPerson: plan.capacityHoursPerPerson,
      totalHours: plan.totalHours,
      totalCost: plan.totalCost,
      readinessBefore: plan.readinessBefore,
      readinessAfter: plan.readinessAfter,
      assignments: plan.assignments.flatMap((a) => {
        const person = people.get(a.personId);
        const definition = defs.get(a.definitionId);
        return person && definition
          ? [{ person: toPersonModel(person), definition, closes: a.closes.map((id) => skillModelOf(skills, id)), hours: a.hours, cost: a.cost }]
          : [];
      }),
      uncoverable: plan.uncoverable.map((id) => skillModelOf(skills, id)),
      hoursByPerson: members.map((m) => ({ person: toPersonModel(m), hours: plan.hoursByPerson.find((h) => h.personId === m.id)?.hours ?? 0 })),
    };
  }
}
