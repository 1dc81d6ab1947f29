import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { DomainError, type RequestContext } from '@skillproof/api-core';
import { toPersonModel } from '@skillproof/api-feature-people';
import { CandidateImportResultModel, CandidateImportRowOutcome, ImportCandidatesInput } from '../models/candidate-import.model';
import { CandidateImportService } from '../services/candidate-import.service';

/** Candidate CSV import (HR). */
@Resolver()
export class CandidateImportResolver {
  constructor(private readonly imports: CandidateImportService) {}

  @Mutation(() => CandidateImportResultModel, {
    description:
      'Imports candidates and the skills they claim from a CSV file (columns email, name, skill, level; see ImportCandidatesInput). People are ' +
      "upserted by e-mail; each skill is stored as a CLAIMED self-reported entry (shown apart, never scored); with `jobId` each person joins that job's " +
      'pipeline at APPLIED. Each row is all-or-nothing: a bad row (bad e-mail, empty name, unknown skill, level off the scale) is reported with its ' +
      'row number (1-based; the header line is row 1) and nothing of it is saved, while the other rows are. Errors (whole file, nothing saved): ' +
      'BAD_USER_INPUT (empty, not base64, over 2,000,000 bytes or 10,000 rows, header without email/name/skill/level), NOT_FOUND (jobId).',
  })
  async importCandidates(
    @Context() ctx: RequestContext,
    @Args('input', { type: () => ImportCandidatesInput }) input: ImportCandidatesInput,
  ): Promise<CandidateImportResultModel> {
    if (!ctx.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const bytes = CandidateImportService.decodeBase64(input.contentBase64);
    const r = await this.imports.import(ctx.organizationId, ctx.user.id, { bytes, filename: input.filename, jobId: input.jobId });
    return {
      ...r,
      rows: r.rows.map((row) => ({ ...row, outcome: row.outcome as CandidateImportRowOutcome })),
      people: r.people.map((p) => toPersonModel(p)),
    };
  }
}
