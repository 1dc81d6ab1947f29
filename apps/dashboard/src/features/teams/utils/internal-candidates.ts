import type { RankedPerson } from '../graphql/job-internal-candidates.query';

/**
 * The first `limit` employees of a job's ranking (already ordered by the API: eligible first, then fit,
 * then MET count, then id), keeping their overall rank. Pure.
 */
export function internalCandidates(ranked: readonly RankedPerson[], limit: number): RankedPerson[] {
  return ranked.filter((r) => r.person.kind === 'EMPLOYEE').slice(0, Math.max(0, limit));
}
