import type { SkillId } from '@skillproof/domain-model';
import { createEvidenceIndex, type EvidenceIndex, type Taxonomy } from '@skillproof/domain-taxonomy';
import { MatchingError, MatchingErrorCode } from './matching.exception';
import type { JobRequirement } from './matching.types';

/** A validated requirement with its canonical skill id. */
export interface PreparedRequirement extends JobRequirement {
  /** Position in the job's requirement list. */
  index: number;
  /** Canonical skill id (aliases and labels resolved; an unknown id is kept as given, trimmed). */
  skillId: SkillId;
  /** The skill reference as the job gave it. */
  requestedSkillId: SkillId;
  requireTrustedIssuer: boolean;
}

/**
 * A job compiled once for matching many people: canonical requirements, total weight, and the
 * evidence index (which aligned skills count for which requirement, with inference paths). Build with
 * {@link prepareJob}; pass it to `matchPersonToJob` for every candidate (PRODUCT.md §7: ranking
 * 100,000 candidates must not redo closures per person). Immutable.
 */
export interface PreparedJob {
  readonly requirements: readonly PreparedRequirement[];
  /** Σ weight of the requirements (0 when there is none). */
  readonly totalWeight: number;
  readonly taxonomy: Taxonomy;
  readonly index: EvidenceIndex;
}

/**
 * Validates and compiles a job's requirements (PRODUCT.md §4) against a taxonomy. Cost: the narrower
 * closures of the requirement skills, once (memoised by the taxonomy).
 *
 * @param requirements skill (id, label or alias), minLevel (finite, ≥ 0, organisation's scale; 0 =
 *   presence), weight (finite, > 0), mustHave, optional requireTrustedIssuer. Order is kept.
 * @throws {MatchingError} `MATCHING_INVALID_REQUIREMENT` naming the requirement's position and field.
 */
export function prepareJob(requirements: readonly JobRequirement[], taxonomy: Taxonomy): PreparedJob {
  const prepared = requirements.map((requirement, index): PreparedRequirement => {
    const where = `Requirement #${index + 1} (${String(requirement?.skillId)})`;
    if (typeof requirement?.skillId !== 'string' || requirement.skillId.trim() === '') {
      throw new MatchingError(MatchingErrorCode.INVALID_REQUIREMENT, `${where}: skillId is required`);
    }
    if (typeof requirement.minLevel !== 'number' || !Number.isFinite(requirement.minLevel) || requirement.minLevel < 0) {
      throw new MatchingError(
        MatchingErrorCode.INVALID_REQUIREMENT,
        `${where}: minLevel must be a finite number ≥ 0 (got ${requirement.minLevel})`,
      );
    }
    if (typeof requirement.weight !== 'number' || !Number.isFinite(requirement.weight) || requirement.weight <= 0) {
      throw new MatchingError(
        MatchingErrorCode.INVALID_REQUIREMENT,
        `${where}: weight must be a finite number > 0 (got ${requirement.weight})`,
      );
    }
    return {
      ...requirement,
      index,
      requestedSkillId: requirement.skillId,
      skillId: requirement.skillId,
      mustHave: requirement.mustHave === true,
      requireTrustedIssuer: requirement.requireTrustedIssuer === true,
    };
  });
  const index = createEvidenceIndex(
    taxonomy,
    prepared.map((r) => r.requestedSkillId),
  );
  prepared.forEach((r, i) => (r.skillId = index.targetSkillIds[i]));
  const totalWeight = prepared.reduce((sum, r) => sum + r.weight, 0);
  return { requirements: prepared, totalWeight, taxonomy, index };
}
