import type { CredentialEvidence, SkillId } from '@skillproof/domain-model';
import { validityWindow } from '@skillproof/domain-matching';
import { createEvidenceIndex } from '@skillproof/domain-taxonomy';
import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';
import type { TeamInput } from './gap-analytics.types';

/** One VERIFIED or CLAIMED alignment that counts for one target skill, with its validity window. */
export interface EvidenceRecord {
  level: number;
  /** Epoch ms, inclusive (−∞ when open). */
  start: number;
  /** Epoch ms, exclusive (+∞ when open). */
  end: number;
  claimed: boolean;
}

/** Per member (team order), per target skill (target order): the records that count for it. */
export interface TeamEvidence {
  personIds: string[];
  skillIds: SkillId[];
  /** `records[member][skill]`. */
  records: EvidenceRecord[][][];
}

export const DAY_MS = 86_400_000;

/** Validates `asOf` and returns its epoch ms. */
export function asOfMillis(asOf: Date): number {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_AS_OF, `asOf must be a valid Date (got ${String(asOf)})`);
  }
  return asOf.getTime();
}

/**
 * Collects, once, every VERIFIED or CLAIMED alignment of every member that counts for each target
 * skill (the skill itself or a narrower one — PRODUCT.md §4.1, same rule as matching), keeping
 * validity windows so coverage can then be evaluated at any date without re-reading credentials.
 * FAILED and INDETERMINATE credentials are dropped here: they never count.
 */
export function collectTeamEvidence(input: TeamInput, skillRefs: readonly SkillId[]): TeamEvidence {
  const index = createEvidenceIndex(input.taxonomy, skillRefs);
  const personIds = [...new Set(input.members.map((m) => m.personId))];
  const records = personIds.map((personId) => {
    const perSkill: EvidenceRecord[][] = skillRefs.map(() => []);
    for (const credential of input.credentialsByPerson.get(personId) ?? []) {
      if (credential.personId !== personId) continue;
      if (credential.status !== 'VERIFIED' && credential.status !== 'CLAIMED') continue;
      addCredential(credential, index.lookup, perSkill);
    }
    return perSkill;
  });
  return { personIds, skillIds: [...index.targetSkillIds], records };
}

function addCredential(
  credential: CredentialEvidence,
  lookup: ReturnType<typeof createEvidenceIndex>['lookup'],
  perSkill: EvidenceRecord[][],
): void {
  const { start, end } = validityWindow(credential);
  const claimed = credential.status === 'CLAIMED';
  for (const alignment of credential.alignments ?? []) {
    const level = alignment.level;
    if (typeof level !== 'number' || !Number.isFinite(level) || level < 0) continue;
    for (const target of lookup(alignment.skillId)) {
      perSkill[target.targetIndex].push({ level, start, end, claimed });
    }
  }
}

/** Highest verified level current at `t` (start ≤ t < end), or −∞ when there is none. */
export function verifiedLevelAt(records: readonly EvidenceRecord[], t: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (!r.claimed && r.start <= t && t < r.end && r.level > best) best = r.level;
  }
  return best;
}

/** True when a verified level (−∞ = no evidence) covers `minLevel` (presence: any evidence covers 0). */
export function covers(level: number, minLevel: number): boolean {
  return level !== Number.NEGATIVE_INFINITY && level >= minLevel;
}
