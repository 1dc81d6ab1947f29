import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { decodeCursor, fromPage, pageSize, type RequestContext } from '@skillproof/api-core';
import { CredentialEntity, ImportItemEntity, ImportJobEntity, PersonEntity } from '@skillproof/api-data-access';
import { CredentialModel, toCredentialModel, toPersonModel } from '@skillproof/api-feature-people';
import { ImportItemConnection, ImportJobConnection, ImportJobModel, ImportJobStatus, ImportOutcome, type ImportItemModel } from '../models/import-job.model';
import { ImportJobService } from '../services/import-job.service';
import { ReverificationService } from '../services/reverification.service';

/** Maps an import job row to its GraphQL model (progress = processed / total, 0..1). */
export function toImportJobModel(j: ImportJobEntity): ImportJobModel {
  return {
    id: j.id, filename: j.filename, format: j.format, status: j.status as ImportJobStatus, total: j.total,
    processed: j.processed, verified: j.verified, failed: j.failed, indeterminate: j.indeterminate,
    duplicates: j.duplicates, errors: j.errors, createdAt: j.createdAt, startedAt: j.startedAt,
    finishedAt: j.finishedAt, error: j.error, progress: j.total > 0 ? Math.min(1, j.processed / j.total) : 1,
  };
}

@Resolver(() => ImportJobModel)
export class ImportsResolver {
  constructor(
    private readonly jobs: ImportJobService,
    private readonly reverification: ReverificationService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => ImportJobModel, { nullable: true, description: 'One bulk import job with its progress and counts. Errors: NOT_FOUND.' })
  async importJob(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ImportJobModel> {
    return toImportJobModel(await this.jobs.getJob(ctx.organizationId, id));
  }

  @Query(() => ImportJobConnection, { description: 'Bulk import jobs of the organisation, newest first.' })
  async importJobs(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ImportJobConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await this.db.getRepository(ImportJobEntity).findAndCount({
      where: { organizationId: ctx.organizationId }, order: { createdAt: 'DESC', id: 'DESC' }, skip: offset, take: limit,
    });
    return fromPage(rows.map(toImportJobModel), total, offset);
  }

  @ResolveField(() => ImportItemConnection, { description: 'Items of the job in file order, optionally only those with one outcome; credential and person loaded per page (one query each).' })
  async items(
    @Parent() job: ImportJobModel,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('outcome', { type: () => ImportOutcome, nullable: true }) outcome?: ImportOutcome,
  ): Promise<ImportItemConnection> {
    const limit = pageSize(first, 50);
    const offset = decodeCursor(after);
    const where = { jobId: job.id, organizationId: ctx.organizationId, ...(outcome ? { outcome } : {}) };
    const [rows, total] = await this.db.getRepository(ImportItemEntity).findAndCount({ where, order: { index: 'ASC' }, skip: offset, take: limit });
    const credentialIds = [...new Set(rows.map((r) => r.credentialId).filter((x): x is string => !!x))];
    const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is string => !!x))];
    const credentials = credentialIds.length
      ? new Map((await this.db.getRepository(CredentialEntity).findBy({ id: In(credentialIds), organizationId: ctx.organizationId })).map((c) => [c.id, c]))
      : new Map<string, CredentialEntity>();
    const people = personIds.length
      ? new Map((await this.db.getRepository(PersonEntity).findBy({ id: In(personIds), organizationId: ctx.organizationId })).map((p) => [p.id, p]))
      : new Map<string, PersonEntity>();
    const nodes = rows.map((r): ImportItemModel => {
      const c = r.credentialId ? credentials.get(r.credentialId) : undefined;
      const p = r.personId ? people.get(r.personId) : undefined;
      return {
        index: r.index, source: r.source, outcome: (r.outcome as ImportOutcome | null) ?? null, reasons: r.reasons ?? [],
        error: r.errorMessage, credential: c ? toCredentialModel(c) : null, person: p ? toPersonModel(p) : null,
        credentialId: r.credentialId, personId: r.personId,
      };
    });
    return fromPage(nodes, total, offset);
  }

  @Mutation(() => CredentialModel, {
    description: 'Re-verifies one credential now (status list, validity window as of now, recipient = the person it is attached to) and stores the new report; matching and gaps follow the new status. Errors: NOT_FOUND.',
  })
  async reverifyCredential(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CredentialModel> {
    return toCredentialModel(await this.reverification.reverify(ctx.organizationId, id, new Date()));
  }
}
