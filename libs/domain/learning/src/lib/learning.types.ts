import type { CredentialDefinition, CredentialEvidence, SkillId, TargetSkill } from '@skillproof/domain-model';
import type { Taxonomy } from '@skillproof/domain-taxonomy';

/** An open assignment that already exists (ASSIGNED or IN_PROGRESS): the plan builds on it. */
export interface ExistingAssignment {
  personId: string;
  definitionId: string;
}

/** Input of `planUpskilling`. */
export interface PlanUpskillingInput {
  /** The team's members (employees); a person listed twice counts once (first position kept). */
  members: readonly { personId: string }[];
  /** The team's target profile (skill, minLevel, needed), PRODUCT.md §5. Order is kept. */
  target: readonly TargetSkill[];
  /** Every credential of each member, any status (as for `teamSkillGaps`). */
  credentialsByPerson: ReadonlyMap<string, readonly CredentialEvidence[]>;
  /** The credential catalogue: definitions with their alignments, estimated hours and cost. */
  definitions: readonly CredentialDefinition[];
  taxonomy: Taxonomy;
  /** Instant the plan is made at (UTC): coverage and "already holds" are judged then. */
  asOf: Date;
  /** Learning hours each member can spend (hours per quarter); default {@link DEFAULT_CAPACITY_HOURS_PER_PERSON}. */
  capacityHoursPerPerson?: number;
  /**
   * Open assignments (ASSIGNED / IN_PROGRESS) already made. Each one is treated as on its way: it is
   * never assigned again, its estimated hours use up the person's capacity, and the skills it proves
   * count as covered when the plan looks for the remaining gaps (so `readinessAfter` is the readiness
   * once the open assignments AND the plan are completed). Unknown definitions are ignored.
   */
  existingAssignments?: readonly ExistingAssignment[];
}

/** One recommended (employee, credential definition) assignment. */
export interface PlannedAssignment {
  personId: string;
  definitionId: string;
  /** Canonical ids of the target skills this assignment closes (the person reaches minLevel where still needed), target order. */
  closes: SkillId[];
  /** Estimated hours of the definition (what it uses of the person's capacity). */
  hours: number;
  /** Cost of the definition in the catalogue's currency (USD); `null` when unknown. */
  cost: number | null;
  /** Gap units closed: Σ over target skills of the reduction in max(0, needed − covered) (= `closes.length`). */
  gain: number;
}

/** A target skill whose gap the plan leaves open. */
export interface RemainingGap {
  skillId: SkillId;
  /** max(0, needed − covered) after the open assignments and the plan. */
  gap: number;
}

/** Result of `planUpskilling`. */
export interface UpskillingPlan {
  /** In the order the greedy chose them (most gap closed per hour first). */
  assignments: PlannedAssignment[];
  /** Σ hours of the planned assignments. */
  totalHours: number;
  /** Σ known costs of the planned assignments (unknown costs count 0). */
  totalCost: number;
  /** `teamReadiness` now (0..1), open assignments not counted. */
  readinessBefore: number;
  /** `teamReadiness` once the open assignments and the planned ones are earned (0..1), computed by the gap library on the simulated credentials. */
  readinessAfter: number;
  /** Target skills (canonical ids, target order, no duplicates) with a gap left that no plannable definition of the catalogue proves at the needed level. */
  uncoverable: SkillId[];
  /** Every target skill still short of holders after the plan (whatever the reason: capacity, catalogue, team size). */
  remainingGaps: RemainingGap[];
  /** The capacity used (hours per person per quarter). */
  capacityHoursPerPerson: number;
  /** Hours each member has committed after the plan (open assignments + planned), member order. */
  hoursByPerson: { personId: string; hours: number }[];
}
