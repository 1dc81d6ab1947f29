import type { CredentialEvidence, SkillId, TargetSkill } from '@skillproof/domain-model';
import type { Taxonomy } from '@skillproof/domain-taxonomy';

/** A team member (an employee). */
export interface TeamMember {
  personId: string;
}

/** Inputs shared by every team computation. */
export interface TeamInput {
  /** The team's members; a person listed twice counts once (first position kept). */
  members: readonly TeamMember[];
  /**
   * Credentials of each member, any status (only VERIFIED current ones count; CLAIMED ones are shown
   * apart). A member without an entry has no credentials. Credentials whose `personId` differs from
   * the key are ignored.
   */
  credentialsByPerson: ReadonlyMap<string, readonly CredentialEvidence[]>;
  taxonomy: Taxonomy;
  /** Instant the question is asked at (UTC). */
  asOf: Date;
}

/** Input of `teamSkillGaps`. */
export interface TeamGapsInput extends TeamInput {
  /** The team's target profile (PRODUCT.md §2, §5): skill, minLevel, needed. Order is kept. */
  target: readonly TargetSkill[];
}

/** Coverage of one target skill (PRODUCT.md §5). */
export interface TeamSkillGap {
  /** Canonical skill id (aliases resolved; an id unknown to the taxonomy is kept as given). */
  skillId: SkillId;
  /** Minimum level on the organisation's scale (0 = presence). */
  minLevel: number;
  /** How many people must hold the skill at `minLevel` or above. */
  needed: number;
  /** Members whose verified attained level is ≥ `minLevel` at `asOf`. */
  covered: number;
  /** max(0, needed − covered): never negative, even with over-coverage. */
  gap: number;
  /** The covering members, in team order. */
  holders: string[];
  /** Bus factor 1: exactly one member covers the skill (`covered === 1`). */
  singlePointOfKnowledge: boolean;
  /** No member covers the skill (`covered === 0`). */
  uncovered: boolean;
}

/** Input of `skillMatrix`. */
export interface SkillMatrixInput extends TeamInput {
  /** The columns: target skills (ids, labels or aliases), in display order. */
  skills: readonly SkillId[];
  /** Window of "expiring soon", in days after `asOf` (default 90). */
  expiringWithinDays?: number;
}

/** One cell of the skills matrix: one member × one skill (PRODUCT.md §5). */
export interface SkillMatrixCell {
  personId: string;
  /** Canonical skill id. */
  skillId: SkillId;
  /** Verified attained level at `asOf` on the organisation's scale; 0 when none (see `verified`). */
  level: number;
  /** The member has VERIFIED, current evidence for the skill (directly or via a narrower skill). */
  verified: boolean;
  /** Highest level claimed by current CLAIMED (self-reported) entries; absent when there is none. */
  claimedLevel?: number;
  /**
   * The instant the verified `level` lapses: the latest `validUntil` among the current evidence at
   * that level; `null` when it does not expire or there is no verified evidence.
   */
  levelExpiresOn: Date | null;
  /** The best evidence expires within the window: `levelExpiresOn ≤ asOf + expiringWithinDays`. */
  expiresSoon: boolean;
  /** Verified evidence existed but has expired (validUntil ≤ asOf) and nothing verified is current. */
  expired: boolean;
}

/** Result of `skillMatrix`: row-major cells (members × skills). */
export interface SkillMatrix {
  asOf: Date;
  expiringWithinDays: number;
  /** Row order (members, de-duplicated, team order). */
  personIds: string[];
  /** Column order (canonical ids, input order). */
  skillIds: SkillId[];
  /** `cells[row * skillIds.length + column]`. */
  cells: SkillMatrixCell[];
}

/** Input of `coverageForecast`. */
export interface CoverageForecastInput extends TeamGapsInput {
  /** Offsets in days from `asOf` (default [30, 60, 90]; 0 = today; negative = the past). */
  days?: readonly number[];
}

/** Coverage of one target skill at one forecast date. */
export interface ForecastSkillCoverage {
  skillId: SkillId;
  minLevel: number;
  needed: number;
  covered: number;
  /** max(0, needed − covered). */
  gap: number;
}

/** Coverage of the whole target at `asOf + days`. */
export interface CoverageForecastPoint {
  /** Offset from `asOf`, as requested. */
  days: number;
  /** asOf + days × 24 h (UTC instant). */
  date: Date;
  /** One entry per target skill, target order. */
  skills: ForecastSkillCoverage[];
  /** `teamReadiness` of `skills` at that date (0..1). */
  readiness: number;
}
