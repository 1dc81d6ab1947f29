import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@skillproof/api-core';
import { TaxonomyService } from '@skillproof/api-feature-catalog';
import type { CredentialEvidence } from '@skillproof/domain-model';
import {
  MatchingError, isOneCredentialAway, matchPersonToJob, prepareCatalog, prepareJob,
  suggestDefinitions, type DefinitionSuggestion, type MatchResult,
} from '@skillproof/domain-matching';
import { rankCandidatesInDatabase } from '@skillproof/api-data-access';
import { loadMatchContext } from './match-context.query';

export interface MatchQuery {
  organizationId: string;
  jobId: string;
  /** Page size and offset into the ranked (and filtered) list. */
  first: number;
  offset: number;
  eligibleOnly: boolean;
  /** Include employees (internal mobility); candidates only otherwise. */
  includeEmployees: boolean;
  /** Evaluate validity windows at this instant (default now). */
  asOf: Date;
}

export interface ExplainedMatch {
  match: MatchResult;
  rank: number;
  oneCredentialAway: boolean;
  /** Per requirement index: definitions that close the gap (at most 3), for unmet requirements only. */
  suggestions: DefinitionSuggestion[][];
}

/** Maximum suggestions per unmet requirement. */
const SUGGESTIONS_PER_REQUIREMENT = 3;

/**
 * Ranks people for a job (PRODUCT.md §4). Fast path: ranked, filtered and paged inside PostgreSQL by
 * `rankCandidatesInDatabase` — for pages without `eligibleOnly`, only the best people by their
 * stored upper bound (`job_match_bound`, trigger-maintained) are scored, with an exact early cut-off;
 * otherwise the whole pool (an index-driven aggregate over `attained_evidence`, the job's requirement
 * skills only) — proven equal score by score and in order to the pure reference
 * `rankCandidates(people.map(scoreCandidate))` by apps/api/src/fast-path.integration-spec.ts. Only the page is then explained with the pure
 * `matchPersonToJob`, plus closing-the-gap suggestions and one-credential-away.
 * Statements: requirements + catalogue (one, `loadMatchContext`), ranking + the page's evidence (one).
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** @throws DomainError BAD_USER_INPUT for invalid requirements or dates. */
  async rank(q: MatchQuery): Promise<{ totalCount: number; page: ExplainedMatch[] }> {
    // Requirements + catalogue in one statement, ranking + the page's evidence in another.
    const [{ requirements, definitions, trustedIssuerIds }, { taxonomy }] = await Promise.all([
      loadMatchContext(this.db, q.organizationId, q.jobId), this.taxonomy.get(),
    ]);
    try {
      const job = prepareJob(requirements, taxonomy);
      const { totalCount, page: pageScores } = await rankCandidatesInDatabase(this.db, {
        organizationId: q.organizationId,
        requirements: job.requirements,
        totalWeight: job.totalWeight,
        asOf: q.asOf,
        includeEmployees: q.includeEmployees,
        eligibleOnly: q.eligibleOnly,
        limit: q.first,
        offset: q.offset,
        withEvidence: true,
        jobId: q.jobId,
      });
      if (!pageScores.length) return { totalCount, page: [] };
      const evidence = new Map<string, CredentialEvidence[]>(pageScores.map((s) => [s.personId, s.credentials ?? []]));
      const catalog = prepareCatalog(definitions, taxonomy, { trustedIssuerIds });
      const page = pageScores.map((s, i): ExplainedMatch => {
        const match = matchPersonToJob({ job, personId: s.personId, credentials: evidence.get(s.personId) ?? [], asOf: q.asOf });
        return {
          match,
          rank: q.offset + i + 1,
          oneCredentialAway: isOneCredentialAway(match, catalog),
          suggestions: match.requirements.map((r) =>
            r.status === 'MET' ? [] : suggestDefinitions({ skillId: r.skillId, minLevel: r.requiredLevel, requireTrustedIssuer: r.requireTrustedIssuer }, catalog).slice(0, SUGGESTIONS_PER_REQUIREMENT)),
        };
      });
      return { totalCount, page };
    } catch (e) {
      if (e instanceof MatchingError) throw new DomainError('BAD_USER_INPUT', e.message, { code: e.code });
      throw e;
    }
  }
}

