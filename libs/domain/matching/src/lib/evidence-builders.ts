import type { Alignment, CredentialEvidence, SkillId } from '@skillproof/domain-model';
import type { ClaimedSkill, SkillEvidence } from './matching.types';

/** True when an alignment's level can prove anything: a finite number ≥ 0. */
export function isUsableLevel(level: number): boolean {
  return typeof level === 'number' && Number.isFinite(level) && level >= 0;
}

/** Builds the explanation record of one alignment (internal). */
export function toEvidence(
  credential: CredentialEvidence,
  alignedSkillId: SkillId,
  alignment: Alignment,
  inferredFrom: readonly SkillId[] | null,
): SkillEvidence {
  return {
    credentialId: credential.id,
    credentialName: credential.name,
    definitionId: credential.definitionId ?? null,
    issuerId: credential.issuerId ?? null,
    issuerName: credential.issuerName ?? null,
    issuerTrusted: credential.issuerTrusted === true,
    issuedOn: credential.issuedOn ?? null,
    validFrom: credential.validFrom ?? null,
    validUntil: credential.validUntil ?? null,
    status: credential.status,
    alignedSkillId,
    level: alignment.level,
    inferredFrom,
  };
}

/** Builds a claimed-skill record (internal). */
export function toClaim(credential: CredentialEvidence, skillId: SkillId, alignment: Alignment): ClaimedSkill {
  return {
    skillId,
    level: alignment.level,
    credentialId: credential.id,
    credentialName: credential.name,
    issuerName: credential.issuerName ?? null,
    issuedOn: credential.issuedOn ?? null,
    validUntil: credential.validUntil ?? null,
  };
}
