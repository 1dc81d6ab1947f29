import type { CredentialEvidence } from '@skillproof/domain-model';
import { standingAt } from './credential-standing';
import { isUsableLevel } from './evidence-builders';
import { assertAsOf } from './matching.exception';
import type { PreparedJob } from './prepare-job';
import type { RankableMatch } from './rank-candidates';
import { scoreRequirement } from './score-requirement';

/** The ranking fields of a match, without the explanation (see {@link scoreCandidate}). */
export interface CandidateScore extends RankableMatch {
  personId: string;
  /** 0..100, identical to `matchPersonToJob(...).fit`. */
  fit: number;
  eligible: boolean;
  metCount: number;
  mustHaveUnmetCount: number;
}

/**
 * The allocation-free scoring pass of `matchPersonToJob` (PRODUCT.md §4.1–4.4): same attained levels,
 * statuses, fit, eligibility and MET count, but no evidence lists. Use it to rank a large pool
 * (PRODUCT.md §7: 100,000 candidates), then explain only the page shown with `matchPersonToJob`
 * (`matchCandidates` does exactly that). Credentials whose `personId` differs are ignored.
 *
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF` for an invalid date.
 */
export function scoreCandidate(
  job: PreparedJob,
  personId: string,
  credentials: readonly CredentialEvidence[],
  asOf: Date,
): CandidateScore {
  assertAsOf(asOf);
  return scoreCandidateAt(job, personId, credentials, asOf.getTime());
}

/** {@link scoreCandidate} with a pre-validated epoch-millisecond instant (internal hot path). */
export function scoreCandidateAt(
  job: PreparedJob,
  personId: string,
  credentials: readonly CredentialEvidence[],
  asOfMs: number,
): CandidateScore {
  const count = job.requirements.length;
  const best = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  for (const credential of credentials) {
    if (credential.personId !== personId || standingAt(credential, asOfMs) !== 'COUNTS') continue;
    const trusted = credential.issuerTrusted === true;
    for (const alignment of credential.alignments ?? []) {
      if (!isUsableLevel(alignment.level)) continue;
      for (const target of job.index.lookup(alignment.skillId)) {
        const i = target.targetIndex;
        if (!trusted && job.requirements[i].requireTrustedIssuer) continue;
        if (alignment.level > best[i]) best[i] = alignment.level;
      }
    }
  }
  let weighted = 0;
  let metCount = 0;
  let mustHaveUnmetCount = 0;
  for (let i = 0; i < count; i++) {
    const requirement = job.requirements[i];
    const { status, score } = scoreRequirement(best[i] === Number.NEGATIVE_INFINITY ? null : best[i], requirement);
    weighted += requirement.weight * score;
    if (status === 'MET') metCount++;
    else if (requirement.mustHave) mustHaveUnmetCount++;
  }
  return {
    personId,
    fit: fitFrom(weighted, job.totalWeight),
    eligible: mustHaveUnmetCount === 0,
    metCount,
    mustHaveUnmetCount,
  };
}

/**
 * Fit = 100 × Σ weight·score / Σ weight clamped to 0..100 (PRODUCT.md §4.3); 100 when Σ weight = 0
 * (a job without requirements: nothing required is missing).
 */
export function fitFrom(weightedScore: number, totalWeight: number): number {
  if (!(totalWeight > 0)) return 100;
  const fit = (100 * weightedScore) / totalWeight;
  return fit < 0 ? 0 : fit > 100 ? 100 : fit;
}
