import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@skillproof/api-core';
import {
  CreateJobInput, JobPayload, ProficiencyScaleModel, ReplaceJobRequirementsInput, TeamOptionModel, UpdateJobInput,
} from '../models/job-editor.model';
import { JobEditorService } from '../services/job-editor.service';
import { toJobModel } from './jobs.resolver';

const REQUIREMENT_RULES =
  'Requirements: skill by id, label or alias (resolved to the canonical skill), each skill at most once, minLevel an integer on the ' +
  "organisation's scale (`proficiencyScale`) or 0 for presence, weight from 0.01 to 100, at most 50; display order = input order.";

/** The job editor (HR): create and update requisitions, replace their requirements atomically. */
@Resolver()
export class JobEditorResolver {
  constructor(private readonly editor: JobEditorService) {}

  @Mutation(() => JobPayload, {
    description: `Creates a job (status DRAFT unless given) with its requirements, in one transaction. ${REQUIREMENT_RULES} Errors: BAD_USER_INPUT (blank or long title, any bad requirement: nothing is saved; extensions.problems lists every bad row), NOT_FOUND (teamId).`,
  })
  async createJob(@Context() ctx: RequestContext, @Args('input', { type: () => CreateJobInput }) input: CreateJobInput): Promise<JobPayload> {
    return { job: toJobModel(await this.editor.create(ctx.organizationId, input)) };
  }

  @Mutation(() => JobPayload, {
    description: `Updates the given fields of a job; when \`requirements\` is given they are replaced in the same transaction. ${REQUIREMENT_RULES} Errors: NOT_FOUND (job, teamId), BAD_USER_INPUT (nothing is saved).`,
  })
  async updateJob(@Context() ctx: RequestContext, @Args('input', { type: () => UpdateJobInput }) input: UpdateJobInput): Promise<JobPayload> {
    return { job: toJobModel(await this.editor.update(ctx.organizationId, input)) };
  }

  @Mutation(() => JobPayload, {
    description: `Replaces ALL requirements of a job atomically (an empty list removes them). ${REQUIREMENT_RULES} Errors: NOT_FOUND (job), BAD_USER_INPUT (duplicate or unknown skill, level off the scale, weight outside 0.01..100: nothing is saved; extensions.problems lists every bad row with its index and field).`,
  })
  async replaceJobRequirements(
    @Context() ctx: RequestContext,
    @Args('input', { type: () => ReplaceJobRequirementsInput }) input: ReplaceJobRequirementsInput,
  ): Promise<JobPayload> {
    return { job: toJobModel(await this.editor.replaceRequirements(ctx.organizationId, input.jobId, input.requirements)) };
  }

  @Query(() => [TeamOptionModel], { description: 'Teams a job can belong to (id and name only, by name), for the job editor.' })
  async hiringTeams(@Context() ctx: RequestContext): Promise<TeamOptionModel[]> {
    return this.editor.teamOptions(ctx.organizationId);
  }

  @Query(() => ProficiencyScaleModel, { description: "The organisation's proficiency scale (levels min..max with their labels): job requirement levels and imported levels are on it." })
  async proficiencyScale(@Context() ctx: RequestContext): Promise<ProficiencyScaleModel> {
    const s = await this.editor.scale(ctx.organizationId);
    return { min: s.min, max: s.max, labels: [...s.labels] };
  }
}
