import { asOfMillis, collectTeamEvidence, covers, verifiedLevelAt } from './member-evidence';
import type { TeamGapsInput, TeamSkillGap } from './gap-analytics.types';
import { assertTarget } from './validate-target';

/**
 * Coverage and gap of every target skill of a team at `asOf` (PRODUCT.md §5):
 * - `covered` = members whose verified attained level is ≥ `minLevel` (attained level as in matching:
 *   the highest level of a VERIFIED credential current at `asOf`, aligned to the skill or a narrower
 *   one; `minLevel` 0 = any verified evidence). Claimed, failed, indeterminate and expired credentials
 *   never cover.
 * - `gap` = max(0, needed − covered) — over-coverage never yields a negative gap.
 * - `singlePointOfKnowledge` = covered === 1 (bus factor); `uncovered` = covered === 0.
 *
 * One row per target entry, in target order (an empty target gives `[]`; an empty team gives
 * covered 0 everywhere). Cost: O(members' alignments + members × targets × their evidence).
 *
 * @throws {GapAnalyticsError} `GAP_INVALID_AS_OF`, `GAP_INVALID_TARGET`.
 */
export function teamSkillGaps(input: TeamGapsInput): TeamSkillGap[] {
  const t = asOfMillis(input.asOf);
  assertTarget(input.target);
  const evidence = collectTeamEvidence(input, input.target.map((s) => s.skillId));
  return input.target.map((target, s): TeamSkillGap => {
    const holders = evidence.personIds.filter((_, m) => covers(verifiedLevelAt(evidence.records[m][s], t), target.minLevel));
    const covered = holders.length;
    return {
      skillId: evidence.skillIds[s],
      minLevel: target.minLevel,
      needed: target.needed,
      covered,
      gap: Math.max(0, target.needed - covered),
      holders,
      singlePointOfKnowledge: covered === 1,
      uncovered: covered === 0,
    };
  });
}
