import type { Requirement } from '@skillproof/domain-model';
import type { RequirementScore } from './matching.types';

/**
 * Scores one requirement from an attained level (PRODUCT.md §4.2):
 * - MET, score 1 — there is verified evidence and `attained ≥ minLevel`. For `minLevel` 0
 *   ("presence required") any verified evidence is MET, even presence-only evidence at level 0.
 * - PARTIAL, score `attained / minLevel` (strictly between 0 and 1) — `0 < attained < minLevel`.
 * - MISSING, score 0 — no verified evidence (`attained` null/undefined), or evidence at level 0 for a
 *   requirement above 0.
 *
 * Surplus never compensates: the score is capped at 1 whatever the attained level.
 *
 * @param attained highest verified attained level on the organisation's scale, or `null`/`undefined`
 *   when the person has no verified current evidence for the skill (presence is not the same as 0).
 * @param requirement only `minLevel` is read (≥ 0, organisation's scale).
 */
export function scoreRequirement(
  attained: number | null | undefined,
  requirement: Pick<Requirement, 'minLevel'>,
): RequirementScore {
  if (attained === null || attained === undefined || Number.isNaN(attained)) return { status: 'MISSING', score: 0 };
  const { minLevel } = requirement;
  if (attained >= minLevel) return { status: 'MET', score: 1 };
  if (attained > 0) return { status: 'PARTIAL', score: attained / minLevel };
  return { status: 'MISSING', score: 0 };
}
