import type { CredentialEvidence } from '@skillproof/domain-model';
import { canonicalSkillId, type Taxonomy } from '@skillproof/domain-taxonomy';
import { isCurrentAt, standingAt } from './credential-standing';
import { isUsableLevel, toClaim, toEvidence } from './evidence-builders';
import { compareClaims, compareEvidence } from './evidence-order';
import { assertAsOf } from './matching.exception';
import type { ClaimedSkill, ExcludedEvidence, JobRequirement, MatchResult, RequirementMatch, SkillEvidence } from './matching.types';
import { prepareJob, type PreparedJob } from './prepare-job';
import { fitFrom } from './score-candidate';
import { scoreRequirement } from './score-requirement';

/** The person side of a match: whose credentials, evaluated when. */
export interface MatchPersonInput {
  personId: string;
  /** The person's credentials (any status). Credentials whose `personId` differs are ignored. */
  credentials: readonly CredentialEvidence[];
  /** Instant at which validity windows are evaluated (e.g. today, or the job's start date). */
  asOf: Date;
}

/** Input of {@link matchPersonToJob}: a prepared job (fast path), or requirements + taxonomy. */
export type MatchPersonToJobInput = MatchPersonInput &
  ({ job: PreparedJob } | { requirements: readonly JobRequirement[]; taxonomy: Taxonomy });

/**
 * Matches one person against one job (PRODUCT.md §4):
 *
 * 1. Attained level per requirement = highest level of a VERIFIED credential current at `asOf`, aligned
 *    to the requirement's skill or a narrower one (see `attainedLevels`); with `requireTrustedIssuer`,
 *    only trusted issuers count.
 * 2. Requirement score via `scoreRequirement` (MET 1, PARTIAL attained/minLevel, MISSING 0; surplus
 *    never compensates).
 * 3. `fit` = 100 × Σ weight·score / Σ weight, clamped to 0..100. A job **without requirements has fit
 *    100** (nothing required is missing — the same convention as team readiness 1 for an empty target).
 * 4. `eligible` = every must-have is MET (true when the job has no must-have).
 * 5. Each requirement carries its explanation: status, attained and required level, counting evidence
 *    (issuer, trusted, dates, status, inference path) best first, and `excluded` evidence with its
 *    reason. Claimed skills are listed apart in `claimed`, never scored.
 *
 * Only credentials whose `personId` equals `personId` are considered (a credential counts only for the
 * person it is attached to, PRODUCT.md §3). The result does not depend on credential order.
 * Pass `job` from `prepareJob` when matching many people: per person the cost is then
 * O(alignments × matching requirements). To rank a large pool, score with `scoreCandidate` (no
 * explanation, no allocation) and explain only the page shown (`matchCandidates`).
 *
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF`, or `MATCHING_INVALID_REQUIREMENT` (unprepared input).
 */
export function matchPersonToJob(input: MatchPersonToJobInput): MatchResult {
  const { personId, credentials, asOf } = input;
  assertAsOf(asOf);
  const job = 'job' in input ? input.job : prepareJob(input.requirements, input.taxonomy);
  const asOfMs = asOf.getTime();
  const count = job.requirements.length;
  const best = new Array<number>(count).fill(Number.NEGATIVE_INFINITY);
  const evidence: SkillEvidence[][] = Array.from({ length: count }, () => []);
  const excluded: ExcludedEvidence[][] = Array.from({ length: count }, () => []);
  const claimed: ClaimedSkill[] = [];

  for (const credential of credentials) {
    if (credential.personId !== personId) continue;
    const standing = standingAt(credential, asOfMs);
    if (standing === 'CLAIMED') {
      if (!isCurrentAt(credential, asOf)) continue;
      for (const alignment of credential.alignments ?? []) {
        if (isUsableLevel(alignment.level)) {
          claimed.push(toClaim(credential, canonicalSkillId(job.taxonomy, alignment.skillId), alignment));
        }
      }
      continue;
    }
    for (const alignment of credential.alignments ?? []) {
      if (!isUsableLevel(alignment.level)) continue;
      const aligned = canonicalSkillId(job.taxonomy, alignment.skillId);
      for (const target of job.index.lookup(aligned)) {
        const i = target.targetIndex;
        const item = toEvidence(credential, aligned, alignment, target.path);
        if (standing !== 'COUNTS') {
          excluded[i].push({ ...item, reason: standing });
        } else if (job.requirements[i].requireTrustedIssuer && !item.issuerTrusted) {
          excluded[i].push({ ...item, reason: 'UNTRUSTED_ISSUER' });
        } else {
          evidence[i].push(item);
          if (item.level > best[i]) best[i] = item.level;
        }
      }
    }
  }

  let weighted = 0;
  let metCount = 0;
  let mustHaveUnmetCount = 0;
  const requirements = job.requirements.map((requirement, i): RequirementMatch => {
    const has = evidence[i].length > 0;
    const { status, score } = scoreRequirement(has ? best[i] : null, requirement);
    weighted += requirement.weight * score;
    if (status === 'MET') metCount++;
    else if (requirement.mustHave) mustHaveUnmetCount++;
    return {
      index: i,
      skillId: requirement.skillId,
      status,
      attainedLevel: has ? best[i] : 0,
      requiredLevel: requirement.minLevel,
      weight: requirement.weight,
      mustHave: requirement.mustHave,
      requireTrustedIssuer: requirement.requireTrustedIssuer,
      score,
      evidence: evidence[i].sort(compareEvidence),
      excluded: excluded[i].sort((a, b) => compareEvidence(a, b) || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
    };
  });

  const fit = fitFrom(weighted, job.totalWeight);
  return {
    personId,
    asOf,
    fit,
    eligible: mustHaveUnmetCount === 0,
    metCount,
    mustHaveUnmetCount,
    requirements,
    claimed: claimed.sort(compareClaims),
  };
}
