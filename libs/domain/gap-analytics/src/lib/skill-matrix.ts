import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';
import type { SkillMatrix, SkillMatrixCell, SkillMatrixInput } from './gap-analytics.types';
import { asOfMillis, collectTeamEvidence, DAY_MS, verifiedLevelAt, type EvidenceRecord } from './member-evidence';

/** Default "expiring soon" window, in days (PRODUCT.md §5 forecast horizon). */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 90;

/**
 * The team skills matrix (PRODUCT.md §5): members × target skills, with the verified attained level
 * and whether it is verified, claimed, expiring soon or expired.
 *
 * Per cell: `level` = verified attained level at `asOf` (0 when none; `verified` tells presence apart);
 * `claimedLevel` = highest current CLAIMED level (never counted); `levelExpiresOn` = when the verified
 * level lapses (latest validUntil among current evidence at that level); `expiresSoon` =
 * `levelExpiresOn ≤ asOf + expiringWithinDays × 24 h` (at that instant the level no longer holds, as
 * validity ends are exclusive); `expired` = not verified now but some VERIFIED evidence ended at or
 * before `asOf`. Evidence for a narrower skill counts, as in matching.
 *
 * @throws {GapAnalyticsError} `GAP_INVALID_AS_OF`, or `GAP_INVALID_OPTION` when
 *   `expiringWithinDays` is not a finite number ≥ 0.
 */
export function skillMatrix(input: SkillMatrixInput): SkillMatrix {
  const t = asOfMillis(input.asOf);
  const windowDays = input.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  if (typeof windowDays !== 'number' || !Number.isFinite(windowDays) || windowDays < 0) {
    throw new GapAnalyticsError(
      GapAnalyticsErrorCode.INVALID_OPTION,
      `expiringWithinDays must be a finite number ≥ 0 (got ${windowDays})`,
    );
  }
  const horizon = t + windowDays * DAY_MS;
  const evidence = collectTeamEvidence(input, input.skills);
  const cells: SkillMatrixCell[] = [];
  evidence.personIds.forEach((personId, m) => {
    evidence.skillIds.forEach((skillId, s) => {
      cells.push(cell(personId, skillId, evidence.records[m][s], t, horizon));
    });
  });
  return {
    asOf: input.asOf,
    expiringWithinDays: windowDays,
    personIds: evidence.personIds,
    skillIds: evidence.skillIds,
    cells,
  };
}

function cell(personId: string, skillId: string, records: readonly EvidenceRecord[], t: number, horizon: number): SkillMatrixCell {
  const level = verifiedLevelAt(records, t);
  const verified = level !== Number.NEGATIVE_INFINITY;
  let claimedLevel = Number.NEGATIVE_INFINITY;
  let lapse = Number.NEGATIVE_INFINITY;
  let hadExpired = false;
  for (const r of records) {
    const current = r.start <= t && t < r.end;
    if (r.claimed) {
      if (current && r.level > claimedLevel) claimedLevel = r.level;
    } else if (current) {
      if (r.level === level && r.end > lapse) lapse = r.end;
    } else if (r.end <= t) {
      hadExpired = true;
    }
  }
  const levelExpiresOn = verified && Number.isFinite(lapse) ? new Date(lapse) : null;
  const result: SkillMatrixCell = {
    personId,
    skillId,
    level: verified ? level : 0,
    verified,
    levelExpiresOn,
    expiresSoon: levelExpiresOn !== null && lapse <= horizon,
    expired: !verified && hadExpired,
  };
  if (claimedLevel !== Number.NEGATIVE_INFINITY) result.claimedLevel = claimedLevel;
  return result;
}
