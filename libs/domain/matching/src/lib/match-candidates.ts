import type { CredentialEvidence } from '@skillproof/domain-model';
import { assertAsOf } from './matching.exception';
import type { MatchResult } from './matching.types';
import { matchPersonToJob } from './match-person-to-job';
import type { PreparedJob } from './prepare-job';
import { rankCandidates } from './rank-candidates';
import { scoreCandidateAt, type CandidateScore } from './score-candidate';

/** Input of {@link matchCandidates}. */
export interface MatchCandidatesInput {
  job: PreparedJob;
  /** Candidates with their credentials (any iterable; person ids expected unique). */
  candidates: Iterable<{ personId: string; credentials: readonly CredentialEvidence[] }>;
  asOf: Date;
  /** Keep only the first `limit` ranked results (a page). Default: all. */
  limit?: number;
}

/**
 * Ranks every candidate for one prepared job and explains the page (PRODUCT.md §4.1–4.5): scores the
 * whole pool with the allocation-free `scoreCandidate`, ranks with `rankCandidates` (keeping `limit`),
 * then runs the full `matchPersonToJob` only for the kept candidates. Same order and same results as
 * `rankCandidates(all.map(matchPersonToJob)).slice(0, limit)`, at a fraction of the memory.
 *
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF` for an invalid date.
 */
export function matchCandidates(input: MatchCandidatesInput): MatchResult[] {
  const { job, asOf } = input;
  assertAsOf(asOf);
  const asOfMs = asOf.getTime();
  const scored: Array<CandidateScore & { credentials: readonly CredentialEvidence[] }> = [];
  for (const candidate of input.candidates) {
    const score = scoreCandidateAt(job, candidate.personId, candidate.credentials, asOfMs);
    scored.push({ ...score, credentials: candidate.credentials });
  }
  return rankCandidates(scored, { limit: input.limit }).map((c) =>
    matchPersonToJob({ job, personId: c.personId, credentials: c.credentials, asOf }),
  );
}
