import { Args, Context, GraphQLISODateTime, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, decodeCursor, fromPage, pageSize, type RequestContext } from '@skillproof/api-core';
import { TaxonomyService, toSkillModel, type SkillModel } from '@skillproof/api-feature-catalog';
import { VerificationStatus, peopleById, toPersonModel } from '@skillproof/api-feature-people';
import type { JobEntity } from '@skillproof/api-data-access';
import { JobConnection, JobModel, JobStatus, RequirementModel } from '../models/job.model';
import { MatchConnection, MatchModel, RequirementStatus, type EvidenceModel } from '../models/match.model';
import type { ApplicationStage } from '../models/pipeline.model';
import { JobsService } from '../services/jobs.service';
import { requirementsByJob } from '../services/jobs-loaders';
import { MatchingService } from '../services/matching.service';
import { PipelineService } from '../services/pipeline.service';

/** Maps a job row to its GraphQL model. */
export const toJobModel = (j: JobEntity): JobModel => ({
  id: j.id, title: j.title, description: j.description, occupationCode: j.occupationCode, status: j.status as JobStatus, teamId: j.teamId,
});

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(
    private readonly jobsService: JobsService,
    private readonly matching: MatchingService,
    private readonly pipeline: PipelineService,
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => JobConnection, { description: 'Jobs of the organisation by title; optionally only those with `status`.' })
  async jobs(
    @Context() ctx: RequestContext,
    @Args('status', { type: () => JobStatus, nullable: true }) status?: JobStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<JobConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const { items, totalCount } = await this.jobsService.list(ctx.organizationId, status, limit, offset);
    return fromPage(items.map(toJobModel), totalCount, offset);
  }

  @Query(() => JobModel, { description: 'One job. Errors: NOT_FOUND.' })
  async job(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<JobModel> {
    return toJobModel(await this.jobsService.get(ctx.organizationId, id));
  }

  @ResolveField(() => [RequirementModel], { description: 'Skill requirements in display order.' })
  async requirements(@Parent() job: JobModel, @Context() ctx: RequestContext): Promise<RequirementModel[]> {
    const [rows, { skills }] = await Promise.all([requirementsByJob(ctx, this.db).load(job.id), this.taxonomy.get()]);
    return rows.flatMap((r) => {
      const s = skills.get(r.skillId);
      return s ? [{ skill: toSkillModel(s), minLevel: r.minLevel, weight: r.weight, mustHave: r.mustHave }] : [];
    });
  }

  @ResolveField(() => MatchConnection, {
    description:
      'People ranked for this job (PRODUCT.md §4): eligible first, then fit (0..100) descending, then more MET requirements, then person id. Only VERIFIED credentials current at `asOf` (default now, UTC) count; evidence for a narrower skill counts for its broader one. `blind` replaces names by candidate codes and hides e-mails; `eligibleOnly` keeps people meeting every must-have; `includeEmployees` adds employees (internal mobility). Errors: BAD_USER_INPUT (first outside 0..500, bad cursor).',
  })
  async matches(
    @Parent() job: JobModel,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('blind', { nullable: true, defaultValue: false }) blind: boolean,
    @Args('eligibleOnly', { nullable: true, defaultValue: false }) eligibleOnly: boolean,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | null,
    @Args('includeEmployees', { nullable: true, defaultValue: false }) includeEmployees: boolean,
  ): Promise<MatchConnection> {
    if (asOf && Number.isNaN(asOf.getTime())) throw badInput('asOf', 'asOf is not a valid date-time');
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const { totalCount, page } = await this.matching.rank({
      organizationId: ctx.organizationId, jobId: job.id, first: limit, offset, eligibleOnly: !!eligibleOnly,
      includeEmployees: !!includeEmployees, asOf: asOf ?? new Date(),
    });
    const { skills } = await this.taxonomy.get();
    // The page's people and their stage in this job's pipeline in ONE statement (Match.currentStage
    // without an extra query); the per-request people loader is primed for other fields.
    const found = await this.pipeline.peopleWithStage(ctx.organizationId, job.id, page.map((p) => p.match.personId));
    const loader = peopleById(ctx, this.db);
    for (const [id, f] of found) loader.prime(id, f.person);
    const people = page.map((p) => found.get(p.match.personId)?.person ?? new Error(`person ${p.match.personId} vanished`));
    const skill = (id: string): SkillModel => {
      const s = skills.get(id);
      return s ? toSkillModel(s) : { id, name: id, aliases: [], description: null, category: null, sourceId: null, broaderIds: [] };
    };
    const nodes: MatchModel[] = page.map((p, i) => {
      const person = people[i];
      if (!person || person instanceof Error) throw person ?? new Error(`person ${p.match.personId} vanished`);
      return {
        jobId: job.id,
        currentStage: (found.get(p.match.personId)?.stage ?? null) as ApplicationStage | null,
        person: toPersonModel(person, !!blind),
        fit: p.match.fit,
        eligible: p.match.eligible,
        oneCredentialAway: p.oneCredentialAway,
        metCount: p.match.metCount,
        rank: p.rank,
        requirements: p.match.requirements.map((r, ri) => ({
          skill: skill(r.skillId),
          status: r.status as RequirementStatus,
          attainedLevel: r.attainedLevel,
          requiredLevel: r.requiredLevel,
          weight: r.weight,
          score: r.score,
          mustHave: r.mustHave,
          evidence: r.evidence.map((e): EvidenceModel => ({
            credentialId: e.credentialId,
            credentialName: e.credentialName,
            issuerName: e.issuerName,
            issuerTrusted: e.issuerTrusted,
            issuedOn: e.issuedOn,
            validUntil: e.validUntil,
            verificationStatus: e.status as VerificationStatus,
            level: e.level,
            inferredFrom: e.inferredFrom ? skill(e.alignedSkillId) : null,
            inferencePath: e.inferredFrom ? e.inferredFrom.map(skill) : [],
          })),
          suggestions: p.suggestions[ri].map((s) => ({
            id: s.definition.id, name: s.definition.name, kind: s.definition.kind, description: null, providerName: null,
            estimatedHours: s.definition.estimatedHours ?? null, cost: s.definition.cost ?? null,
            validityMonths: s.definition.validityMonths ?? null, delivery: null, issuerId: s.definition.issuerId || null,
          })),
        })),
      };
    });
    return fromPage(nodes, totalCount, offset);
  }
}
