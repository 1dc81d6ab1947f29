import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { decodeCursor, DomainError, fromPage, pageSize, requestLoader, type RequestContext } from '@skillproof/api-core';
import { toPersonModel } from '@skillproof/api-feature-people';
import { JobModel } from '../models/job.model';
import { MatchModel } from '../models/match.model';
import {
  ApplicationModel, ApplicationStage, MoveApplicationInput, MoveApplicationPayload, PipelineModel, type StageEventModel,
} from '../models/pipeline.model';
import { allowedMoves, type Stage } from '../rules/pipeline-rules';
import { PipelineService, type ApplicationRow, type StageEventRow } from '../services/pipeline.service';

/** Roles that see and change pipelines (PRODUCT.md §1: HR screens; ADMIN may do everything). */
const PIPELINE_ROLES = ['ADMIN', 'HR'];
const mayUsePipeline = (ctx: RequestContext) => !!ctx.user?.roles.some((r) => PIPELINE_ROLES.includes(r));

const toEventModel = (e: StageEventRow): StageEventModel => ({
  id: e.id, fromStage: e.fromStage as ApplicationStage | null, toStage: e.toStage as ApplicationStage, reason: e.reason, at: e.at, actor: e.actor,
});

/** Maps an application row; `blind` hides the person's name and e-mail (candidate code instead). */
export const toApplicationModel = (a: ApplicationRow, blind: boolean): ApplicationModel => ({
  id: a.id, jobId: a.jobId, personId: a.personId, person: toPersonModel(a.person, blind), stage: a.stage as ApplicationStage,
  createdAt: a.createdAt, updatedAt: a.updatedAt, allowedMoves: allowedMoves(a.stage) as ApplicationStage[], history: a.history.map(toEventModel),
});

/** Per-request loader: current stage by `jobId|personId` (one statement per job and request). */
const stageLoader = (ctx: RequestContext, pipeline: PipelineService) =>
  requestLoader(ctx, 'applicationStage', () => new DataLoader<string, Stage | null>(async (keys) => {
    const byJob = new Map<string, string[]>();
    for (const k of keys) {
      const [jobId, personId] = k.split('|');
      byJob.set(jobId, [...(byJob.get(jobId) ?? []), personId]);
    }
    const found = new Map<string, Stage>();
    for (const [jobId, personIds] of byJob) {
      for (const [personId, stage] of await pipeline.stagesOf(ctx.organizationId, jobId, personIds)) found.set(`${jobId}|${personId}`, stage);
    }
    return keys.map((k) => found.get(k) ?? null);
  }));

/** A job's hiring pipeline (HR): `Job.pipeline` and `moveApplication`. */
@Resolver(() => JobModel)
export class JobPipelineResolver {
  constructor(private readonly pipelines: PipelineService) {}

  @ResolveField(() => PipelineModel, {
    description:
      "The job's hiring pipeline: count per stage and the applications (of `stage` when given), most recently moved first, each with its " +
      'history (who, when, why). `blind` replaces names by candidate codes and hides e-mails. HR and ADMIN only. Errors: FORBIDDEN (other roles), BAD_USER_INPUT (first outside 0..500, bad cursor).',
  })
  async pipeline(
    @Parent() job: JobModel,
    @Context() ctx: RequestContext,
    @Args('stage', { type: () => ApplicationStage, nullable: true }) stage: ApplicationStage | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('blind', { nullable: true, defaultValue: false }) blind: boolean,
  ): Promise<PipelineModel> {
    if (!mayUsePipeline(ctx)) throw new DomainError('FORBIDDEN', 'Only HR and admins see hiring pipelines');
    const limit = pageSize(first, 50);
    const offset = decodeCursor(after);
    const [counts, page] = await Promise.all([
      this.pipelines.counts(ctx.organizationId, job.id),
      this.pipelines.page(ctx.organizationId, job.id, stage ?? null, limit, offset),
    ]);
    return {
      total: counts.total,
      stageCounts: counts.stageCounts.map((s) => ({ stage: s.stage as ApplicationStage, count: s.count })),
      applications: fromPage(page.items.map((a) => toApplicationModel(a, !!blind)), page.totalCount, offset),
    };
  }

  @Mutation(() => MoveApplicationPayload, {
    description:
      "Moves a person to a stage of a job's pipeline with a required reason, recorded with the signed-in user and the instant (UTC), and in the " +
      'audit log (`application.move`). A person not in the pipeline yet enters it (at APPLIED, SCREENING or SHORTLISTED only). Allowed moves: see ' +
      'ApplicationStage. `blind` hides the name and e-mail in the answer. Errors: BAD_USER_INPUT (blank reason or over 2,000 characters), ' +
      'NOT_FOUND (job, person), CONFLICT (move not allowed from the current stage, or the stage is no longer `expectedStage`).',
  })
  async moveApplication(
    @Context() ctx: RequestContext,
    @Args('input', { type: () => MoveApplicationInput }) input: MoveApplicationInput,
    @Args('blind', { nullable: true, defaultValue: false }) blind: boolean,
  ): Promise<MoveApplicationPayload> {
    if (!ctx.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const { application, event } = await this.pipelines.move(ctx.organizationId, ctx.user.id, {
      jobId: input.jobId, personId: input.personId, toStage: input.toStage as Stage, reason: input.reason,
      ...(input.expectedStage !== undefined ? { expectedStage: (input.expectedStage ?? null) as Stage | null } : {}),
    });
    return { application: toApplicationModel(application, !!blind), event: toEventModel(event) };
  }
}

/** `Match.currentStage`: where each ranked person is in the job's pipeline. */
@Resolver(() => MatchModel)
export class MatchStageResolver {
  constructor(private readonly pipeline: PipelineService) {}

  @ResolveField(() => ApplicationStage, {
    nullable: true,
    description: "The person's current stage in this job's pipeline; null when not in it (or when the viewer is neither HR nor ADMIN).",
  })
  async currentStage(@Parent() match: MatchModel, @Context() ctx: RequestContext): Promise<ApplicationStage | null> {
    if (!mayUsePipeline(ctx) || !match.jobId) return null;
    if (match.currentStage !== undefined) return match.currentStage as ApplicationStage | null;
    return (await stageLoader(ctx, this.pipeline).load(`${match.jobId}|${match.person.id}`)) as ApplicationStage | null;
  }
}

