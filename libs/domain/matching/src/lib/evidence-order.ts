import type { ClaimedSkill, SkillEvidence } from './matching.types';

/**
 * Total order of evidence, best first: higher level; direct before inferred (shorter path); trusted
 * issuer first; later expiry first (never expiring first); then credential id and aligned skill id
 * (code-unit order). Deterministic, so credential input order never changes an explanation.
 */
export function compareEvidence(a: SkillEvidence, b: SkillEvidence): number {
  return (
    b.level - a.level ||
    (a.inferredFrom?.length ?? 0) - (b.inferredFrom?.length ?? 0) ||
    Number(b.issuerTrusted) - Number(a.issuerTrusted) ||
    expiry(b) - expiry(a) ||
    compareStrings(a.credentialId, b.credentialId) ||
    compareStrings(a.alignedSkillId, b.alignedSkillId) ||
    compareStrings((a.inferredFrom ?? []).join('\u0000'), (b.inferredFrom ?? []).join('\u0000'))
  );
}

/** Order of claimed skills: skill id, level desc, credential id. */
export function compareClaims(a: ClaimedSkill, b: ClaimedSkill): number {
  return (
    compareStrings(a.skillId, b.skillId) || b.level - a.level || compareStrings(a.credentialId, b.credentialId)
  );
}

/** Locale-independent string comparison (UTF-16 code units): identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expiry(e: SkillEvidence): number {
  const t = e.validUntil?.getTime();
  return t === undefined || Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
