import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@skillproof/api-core';
import { CatalogService, TaxonomyService } from '@skillproof/api-feature-catalog';
import { EvidenceService } from '@skillproof/api-feature-people';
import {
  MatchingError, isOneCredentialAway, matchPersonToJob, prepareCatalog, prepareJob, rankCandidates, scoreCandidate,
  suggestDefinitions, type DefinitionSuggestion, type MatchResult,
} from '@skillproof/domain-matching';
import { JobsService } from './jobs.service';

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
 * Ranks people for a job (PRODUCT.md §4) with the pure reference functions of @skillproof/domain-matching:
 * scores the whole pool with `scoreCandidate`, ranks deterministically, filters, and explains only the
 * requested page with `matchPersonToJob`, plus closing-the-gap suggestions and one-credential-away.
 * Queries: requirements, people, evidence (one query for everyone), catalogue (two).
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly taxonomy: TaxonomyService,
    private readonly catalog: CatalogService,
    private readonly evidence: EvidenceService,
  ) {}

  /** @throws DomainError BAD_USER_INPUT for invalid requirements or dates. */
  async rank(q: MatchQuery): Promise<{ totalCount: number; page: ExplainedMatch[] }> {
    const [requirements, { taxonomy }] = await Promise.all([this.jobs.requirements(q.organizationId, q.jobId), this.taxonomy.get()]);
    try {
      const job = prepareJob(requirements, taxonomy);
      const people: { id: string }[] = await this.db.query(
        `SELECT id FROM person WHERE organization_id = $1 AND (kind = 'CANDIDATE' OR $2) ORDER BY id`,
        [q.organizationId, q.includeEmployees],
      );
      const evidence = await this.evidence.forPeople(q.organizationId, people.map((p) => p.id));
      const scored = people.map((p) => scoreCandidate(job, p.id, evidence.get(p.id) ?? [], q.asOf));
      const ranked = rankCandidates(q.eligibleOnly ? scored.filter((s) => s.eligible) : scored);
      const pageScores = ranked.slice(q.offset, q.offset + q.first);
      if (!pageScores.length) return { totalCount: ranked.length, page: [] };
      const { definitions, trustedIssuerIds } = await this.catalog.catalog(q.organizationId);
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
      return { totalCount: ranked.length, page };
    } catch (e) {
      if (e instanceof MatchingError) throw new DomainError('BAD_USER_INPUT', e.message, { code: e.code });
      throw e;
    }
  }
}

