import type { Requirement, SkillId, VerificationStatus } from '@skillproof/domain-model';

/**
 * A job requirement as matching takes it: the model's {@link Requirement} (skill, minLevel on the
 * organisation's scale, weight > 0, mustHave) plus the optional issuer-trust demand of PRODUCT.md §3
 * ("a requirement may demand a trusted issuer").
 */
export interface JobRequirement extends Requirement {
  /** When true, only credentials from a trusted issuer count for this requirement. Default false. */
  requireTrustedIssuer?: boolean;
}

/** Requirement status (PRODUCT.md §4.2). */
export type RequirementStatus = 'MET' | 'PARTIAL' | 'MISSING';

/**
 * One credential alignment that proves a skill (PRODUCT.md §4.5: which credential, issuer, trusted or
 * not, issued, expires, verification result, and the inference path). Dates are UTC instants.
 */
export interface SkillEvidence {
  credentialId: string;
  credentialName: string;
  definitionId: string | null;
  issuerId: string | null;
  issuerName: string | null;
  issuerTrusted: boolean;
  issuedOn: Date | null;
  validFrom: Date | null;
  /** `null` = does not expire. */
  validUntil: Date | null;
  /** Verification result of the credential (VERIFIED for counted evidence). */
  status: VerificationStatus;
  /** Canonical id of the skill the credential is aligned to. */
  alignedSkillId: SkillId;
  /** Level the alignment proves, on the organisation's scale. */
  level: number;
  /**
   * `null` when the credential is aligned to the skill itself; otherwise the path of skill ids from
   * the aligned (narrower) skill up to the evidenced skill, e.g. `['postgresql', 'sql']`
   * ("PostgreSQL → SQL", see `Taxonomy.formatPath`).
   */
  inferredFrom: readonly SkillId[] | null;
}

/** Why an alignment relevant to a requirement did not count. */
export type ExclusionReason = 'FAILED' | 'INDETERMINATE' | 'EXPIRED' | 'NOT_YET_VALID' | 'UNTRUSTED_ISSUER';

/** Evidence that would have been relevant but does not count, with the reason (explanation only). */
export interface ExcludedEvidence extends SkillEvidence {
  reason: ExclusionReason;
}

/** A skill the person claims through a manual / self-reported entry: shown apart, never scored. */
export interface ClaimedSkill {
  /** Canonical id of the claimed skill (as aligned: no inference to broader skills). */
  skillId: SkillId;
  /** Claimed level on the organisation's scale. */
  level: number;
  credentialId: string;
  credentialName: string;
  issuerName: string | null;
  issuedOn: Date | null;
  validUntil: Date | null;
}

/** The verified attained level of one skill, with the evidence behind it. */
export interface AttainedSkill {
  skillId: SkillId;
  /** Highest level proven (organisation's scale; 0 only for presence-level evidence). */
  level: number;
  /** Every counting alignment, best first (see `compareEvidence`). Never empty. */
  evidence: SkillEvidence[];
}

/** Result of `attainedLevels`. */
export interface AttainedLevels {
  /** The instant the credentials were evaluated at. */
  asOf: Date;
  /** Every skill with verified current evidence, directly or through a narrower skill. */
  skills: Map<SkillId, AttainedSkill>;
  /** Claimed (unverified, current) skills, sorted by skill id, level desc, credential id. */
  claimed: ClaimedSkill[];
}

/** Result of `scoreRequirement`. */
export interface RequirementScore {
  status: RequirementStatus;
  /** 1 for MET, attained/minLevel for PARTIAL, 0 for MISSING: always within 0..1. */
  score: number;
}

/** The explanation of one requirement for one person (PRODUCT.md §4.5). */
export interface RequirementMatch {
  /** Position of the requirement in the job. */
  index: number;
  /** Canonical skill id of the requirement. */
  skillId: SkillId;
  status: RequirementStatus;
  /** Verified attained level (0 when there is no evidence; `evidence` tells presence apart). */
  attainedLevel: number;
  /** The requirement's minLevel (0 = presence required). */
  requiredLevel: number;
  weight: number;
  mustHave: boolean;
  requireTrustedIssuer: boolean;
  /** 0..1 (see `scoreRequirement`). */
  score: number;
  /** Counting evidence, best first. */
  evidence: SkillEvidence[];
  /** Relevant evidence that did not count (failed, could not check, expired, not yet valid, untrusted). */
  excluded: ExcludedEvidence[];
}

/** Result of `matchPersonToJob`. */
export interface MatchResult {
  personId: string;
  /** The instant credentials were evaluated at. */
  asOf: Date;
  /** 100 × Σ weight·score / Σ weight, within 0..100 (100 for a job without requirements). */
  fit: number;
  /** Every must-have requirement is MET (true when there is none). */
  eligible: boolean;
  /** Number of MET requirements. */
  metCount: number;
  /** Number of must-have requirements not MET. */
  mustHaveUnmetCount: number;
  /** One entry per requirement, in job order. */
  requirements: RequirementMatch[];
  /** Claimed skills (unverified), shown apart and never scored. */
  claimed: ClaimedSkill[];
}
