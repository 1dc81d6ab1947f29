import type { CredentialEvidence } from '@skillproof/domain-model';
import { canonicalSkillId, type Taxonomy } from '@skillproof/domain-taxonomy';
import { isCurrentAt, standingAt } from './credential-standing';
import { compareClaims, compareEvidence } from './evidence-order';
import { isUsableLevel, toClaim, toEvidence } from './evidence-builders';
import { assertAsOf } from './matching.exception';
import type { AttainedLevels, AttainedSkill, ClaimedSkill } from './matching.types';

/**
 * Attained level of every skill a person can prove at `asOf` (PRODUCT.md §4.1): the highest level
 * proven by a VERIFIED credential that is current at `asOf` (validFrom — or issuedOn when validFrom is
 * missing — ≤ asOf < validUntil; a missing start or end is open), aligned to that skill or to a
 * narrower skill. Evidence for "PostgreSQL" counts for "SQL" (with `inferredFrom`
 * `['postgresql', 'sql']`), never the other way round. Alignment skill ids are resolved through the
 * taxonomy first (aliases → canonical id; unknown ids are kept as given and count only for
 * themselves). Alignments whose level is not a finite number ≥ 0 are ignored.
 *
 * CLAIMED credentials never count; when current they are listed in `claimed`. FAILED,
 * INDETERMINATE, expired and not-yet-valid credentials are ignored. Credentials attached to another
 * person are not filtered here (see `matchPersonToJob`). The result does not depend on the order of
 * `credentials`.
 *
 * Levels are on the organisation's scale (normalise imported levels with `normalizeLevel` first).
 * Cost: O(alignments × ancestors), ancestors memoised by the taxonomy.
 *
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF` for an invalid date.
 */
export function attainedLevels(
  credentials: readonly CredentialEvidence[],
  taxonomy: Taxonomy,
  asOf: Date,
): AttainedLevels {
  assertAsOf(asOf);
  const asOfMs = asOf.getTime();
  const skills = new Map<string, AttainedSkill>();
  const claimed: ClaimedSkill[] = [];

  for (const credential of credentials) {
    const standing = standingAt(credential, asOfMs);
    if (standing === 'CLAIMED') {
      if (!isCurrentAt(credential, asOf)) continue;
      for (const alignment of credential.alignments ?? []) {
        if (isUsableLevel(alignment.level)) {
          claimed.push(toClaim(credential, canonicalSkillId(taxonomy, alignment.skillId), alignment));
        }
      }
      continue;
    }
    if (standing !== 'COUNTS') continue;
    for (const alignment of credential.alignments ?? []) {
      if (!isUsableLevel(alignment.level)) continue;
      const aligned = canonicalSkillId(taxonomy, alignment.skillId);
      record(skills, aligned, toEvidence(credential, aligned, alignment, null));
      for (const [ancestor, path] of taxonomy.broaderClosure(aligned)) {
        record(skills, ancestor, toEvidence(credential, aligned, alignment, path));
      }
    }
  }
  for (const attained of skills.values()) attained.evidence.sort(compareEvidence);
  claimed.sort(compareClaims);
  return { asOf, skills, claimed };
}

function record(skills: Map<string, AttainedSkill>, skillId: string, evidence: AttainedSkill['evidence'][number]): void {
  const current = skills.get(skillId);
  if (!current) {
    skills.set(skillId, { skillId, level: evidence.level, evidence: [evidence] });
  } else {
    current.evidence.push(evidence);
    if (evidence.level > current.level) current.level = evidence.level;
  }
}
