import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, fromPage, pageSize, type RequestContext } from '@skillproof/api-core';
import { CredentialDefinitionModel, definitionsById, toDefinitionModel } from '@skillproof/api-feature-catalog';
import { CredentialModel, PersonModel, peopleById, toCredentialModel, toPersonModel } from '@skillproof/api-feature-people';
import {
  AcceptUpskillingPlanPayload, AssignCredentialPayload, AssignmentStatus, LearningAssignmentConnection, LearningAssignmentModel,
} from '../models/learning-assignment.model';
import { AcceptUpskillingPlanInput, AssignCredentialInput, UpdateAssignmentStatusInput } from '../models/learning.input';
import { assertFuture, LearningAssignmentsService } from '../services/learning-assignments.service';
import { UpskillingPlanService, validCapacity } from '../services/upskilling-plan.service';
import { toAssignmentModel } from './to-models';

/** Learning assignments (L&D): the board, assigning, accepting a plan, manual status changes. */
@Resolver(() => LearningAssignmentModel)
export class LearningAssignmentsResolver {
  constructor(
    private readonly assignments: LearningAssignmentsService,
    private readonly plans: UpskillingPlanService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => LearningAssignmentConnection, {
    description:
      'Learning assignments by due date (then assigned at, id). Filters: `status`; `teamId` (assignments of its current members); `overdue` (true: open and past due now; false: the others). Errors: BAD_USER_INPUT (first, after).',
  })
  async learningAssignments(
    @Context() ctx: RequestContext,
    @Args('status', { type: () => AssignmentStatus, nullable: true }) status?: AssignmentStatus,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
    @Args('overdue', { type: () => Boolean, nullable: true }) overdue?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<LearningAssignmentConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const now = new Date();
    const { totalCount, items } = await this.assignments.list(ctx.organizationId, { status, teamId, overdue }, limit, offset, now);
    return fromPage(items.map((a) => toAssignmentModel(a, now)), totalCount, offset);
  }

  @Mutation(() => AssignCredentialPayload, {
    description:
      'Assigns a credential definition to employees, due `dueDate`, all-or-nothing. A person who already has an OPEN assignment of that definition gets it back unchanged (idempotent; its due date is kept). Errors: BAD_USER_INPUT (no person, more than 500, a candidate rather than an employee, due date not in the future), NOT_FOUND (person, definition).',
  })
  async assignCredential(@Context() ctx: RequestContext, @Args('input') input: AssignCredentialInput): Promise<AssignCredentialPayload> {
    const now = new Date();
    const rows = await this.assignments.assign(ctx.organizationId, input.personIds, input.definitionId, input.dueDate, now, ctx.user?.id ?? null);
    return { assignments: rows.map((a) => toAssignmentModel(a, now)) };
  }

  @Mutation(() => AcceptUpskillingPlanPayload, {
    description:
      "Accepts a team's upskilling plan in one step: the plan is recomputed server-side now (as `Team.upskillingPlan(capacityHoursPerPerson)`) and every planned assignment is created due `dueDate`, in one transaction. Errors: NOT_FOUND (team), BAD_USER_INPUT (capacity, due date not in the future).",
  })
  async acceptUpskillingPlan(@Context() ctx: RequestContext, @Args('input') input: AcceptUpskillingPlanInput): Promise<AcceptUpskillingPlanPayload> {
    const now = new Date();
    const capacity = validCapacity(input.capacityHoursPerPerson);
    assertFuture(input.dueDate, now);
    const { plan } = await this.plans.compute(ctx.organizationId, input.teamId, capacity, now);
    const rows = await this.assignments.createMany(ctx.organizationId, plan.assignments, input.dueDate, now, ctx.user?.id ?? null);
    return { assignments: rows.map((a) => toAssignmentModel(a, now)) };
  }

  @Mutation(() => LearningAssignmentModel, {
    description:
      'Manual status change: IN_PROGRESS or CANCELLED, under the lifecycle ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED (COMPLETED is set automatically by a VERIFIED credential). `note` (≤ 2000 characters) is kept. Errors: NOT_FOUND, BAD_USER_INPUT (status COMPLETED or ASSIGNED, note too long), CONFLICT (not allowed from the current status, e.g. a completed or cancelled assignment).',
  })
  async updateAssignmentStatus(@Context() ctx: RequestContext, @Args('input') input: UpdateAssignmentStatusInput): Promise<LearningAssignmentModel> {
    const now = new Date();
    return toAssignmentModel(await this.assignments.updateStatus(ctx.organizationId, input.id, input.status, input.note, now), now);
  }

  @Query(() => [CredentialModel], {
    description:
      "Employees' VERIFIED credentials whose validUntil falls within the next `withinDays` days (0..3650, default 90; after now, at or before now + withinDays × 24 h), soonest first; with `teamId`, that team's members only. Errors: BAD_USER_INPUT (withinDays).",
  })
  async expiringCredentials(
    @Context() ctx: RequestContext,
    @Args('withinDays', { type: () => Int, nullable: true, defaultValue: 90 }) withinDays: number,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
  ): Promise<CredentialModel[]> {
    return (await this.assignments.expiring(ctx.organizationId, withinDays ?? 90, teamId, new Date())).map(toCredentialModel);
  }

  @ResolveField(() => PersonModel, { description: 'The employee asked to earn the credential.' })
  async person(@Parent() a: LearningAssignmentModel, @Context() ctx: RequestContext): Promise<PersonModel> {
    const p = await peopleById(ctx, this.db).load(a.personId);
    if (!p) throw new Error(`Person ${a.personId} of assignment ${a.id} is missing`);
    return toPersonModel(p);
  }

  @ResolveField(() => CredentialDefinitionModel, { description: 'The credential definition to earn.' })
  async definition(@Parent() a: LearningAssignmentModel, @Context() ctx: RequestContext): Promise<CredentialDefinitionModel> {
    const d = await definitionsById(ctx, this.db).load(a.definitionId);
    if (!d) throw new Error(`Definition ${a.definitionId} of assignment ${a.id} is missing`);
    return toDefinitionModel(d);
  }
}
