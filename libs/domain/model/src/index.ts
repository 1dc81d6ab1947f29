/**
 * Value types shared by the pure domain libraries (taxonomy, verification, matching, gap analytics).
 * Plain data only: no framework imports, no classes with behaviour. Terms follow
 * ../shared/design/PRODUCT.md §2 and the Open Badges / Verifiable Credentials field names.
 *
 * Conventions:
 * - Dates are `Date` instants (UTC). Date-only values mean midnight UTC.
 * - Levels are integers on the organisation's proficiency scale (default 1..5; 0 = "presence required").
 * - Fit is a number in 0..100; readiness a fraction in 0..1.
 */

/** Stable skill id, framework-prefixed: `esco:<uuid>`, `onet:2.B.3.e`, `onet-tech:<commodity>/<slug>`. */
export type SkillId = string;

/** A skill of the taxonomy (a DAG through `broaderIds`). */
export interface Skill {
  id: SkillId;
  /** Preferred label. */
  name: string;
  /** Alternative labels; matched case- and whitespace-insensitively. */
  aliases: string[];
  description?: string | null;
  category?: string | null;
  /** Source framework id: ESCO concept URI or O*NET element id. */
  sourceId?: string | null;
  /** Ids of the broader skills (several allowed; never a cycle). */
  broaderIds: SkillId[];
}

/** Default proficiency scale 1..5 (PRODUCT.md §2). */
export const DEFAULT_PROFICIENCY_SCALE = {
  min: 1,
  max: 5,
  labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'],
} as const;

export interface ProficiencyScale {
  min: number;
  max: number;
  /** Label of each level from `min` to `max`, in rank order. */
  labels: readonly string[];
}

/** Overall verification result (PRODUCT.md §3). CLAIMED = manual entry, never verified. */
export type VerificationStatus = 'VERIFIED' | 'FAILED' | 'INDETERMINATE' | 'CLAIMED';
/** Outcome of one check. */
export type CheckOutcome = 'PASS' | 'FAIL' | 'UNKNOWN';

/** Names of the verification checks, in the order they are reported. */
export type CheckName =
  | 'structure'
  | 'proof'
  | 'issuer'
  | 'validity'
  | 'status'
  | 'recipient'
  | 'trust';

/**
 * Reason codes (../shared/fixtures/credentials/README.md): VALID when verified; otherwise the
 * codes of the failing or unknown checks.
 */
export type ReasonCode =
  | 'VALID'
  | 'VALID_UNBOUND_KEY'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'STATUS_UNVERIFIABLE'
  | 'BAD_SIGNATURE'
  | 'KEY_UNRESOLVABLE'
  | 'ISSUER_KEY_MISMATCH'
  | 'MALFORMED'
  | 'UNSIGNED'
  | 'UNSUPPORTED'
  | 'OB2_SCOPE'
  | 'RECIPIENT_MISMATCH'
  | 'TOO_LARGE';

export interface VerificationCheck {
  name: CheckName;
  outcome: CheckOutcome;
  /** Reason code when the outcome is FAIL or UNKNOWN. */
  code?: ReasonCode;
  /** Human-readable explanation. */
  message: string;
}

/** The verification report kept with every credential. */
export interface VerificationReport {
  status: VerificationStatus;
  /** Instant at which the checks were run. */
  checkedAt: Date;
  /** Date the validity window and status were evaluated against. */
  asOf: Date;
  checks: VerificationCheck[];
  /** All reason codes of FAIL/UNKNOWN checks; ['VALID'] when VERIFIED. */
  reasons: ReasonCode[];
  /** Evidence: key id, cryptosuite, status list URL... */
  evidence?: Record<string, string>;
}

export type CredentialFormat = 'OB3_JSONLD' | 'VC_JWT' | 'OB2_HOSTED' | 'OB2_SIGNED' | 'MANUAL';

/** One skill alignment of a credential definition: the level it proves. */
export interface Alignment {
  skillId: SkillId;
  level: number;
}

export type CredentialKind =
  | 'BADGE'
  | 'CERTIFICATE'
  | 'LICENSE'
  | 'CERTIFICATION'
  | 'ASSESSMENT'
  | 'MICROCREDENTIAL';

/** What a credential certifies (OB 3.0 Achievement / OB 2.0 BadgeClass). */
export interface CredentialDefinition {
  id: string;
  name: string;
  kind: CredentialKind;
  issuerId: string;
  alignments: Alignment[];
  estimatedHours?: number | null;
  cost?: number | null;
  /** Validity period in months after issue (null = does not expire). */
  validityMonths?: number | null;
}

export interface Issuer {
  id: string;
  name: string;
  trusted: boolean;
  did?: string | null;
  url?: string | null;
}

/**
 * A credential as the matching and gap libraries see it: one definition awarded to one person,
 * its dates and its latest verification status. `alignments` are the skills (with levels) it proves.
 */
export interface CredentialEvidence {
  id: string;
  personId: string;
  name: string;
  definitionId?: string | null;
  issuerId?: string | null;
  issuerName?: string | null;
  issuerTrusted: boolean;
  issuedOn?: Date | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  status: VerificationStatus;
  alignments: Alignment[];
}

export type PersonKind = 'CANDIDATE' | 'EMPLOYEE';

export interface Person {
  id: string;
  kind: PersonKind;
  displayName: string;
  /** Candidate code shown in blind mode. */
  code: string;
}

/** One requirement of a job (PRODUCT.md §4). */
export interface Requirement {
  skillId: SkillId;
  /** Minimum level on the organisation's scale; 0 = presence required. */
  minLevel: number;
  /** Relative weight (> 0). */
  weight: number;
  mustHave: boolean;
}

/** One entry of a team's target profile (PRODUCT.md §5). */
export interface TargetSkill {
  skillId: SkillId;
  minLevel: number;
  /** How many people must hold the skill at minLevel or above. */
  needed: number;
}
