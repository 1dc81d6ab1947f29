import type { SkillId } from '@skillproof/domain-model';
import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';
import type { ForecastSkillCoverage, TeamGapsInput } from './gap-analytics.types';
import { asOfMillis, collectTeamEvidence, covers, verifiedLevelAt } from './member-evidence';
import { teamReadiness } from './team-readiness';
import { assertTarget } from './validate-target';

/** Default trend length, in months (PRODUCT.md §5: "coverage over the past 12 months"). */
export const DEFAULT_TREND_MONTHS = 12;
/** Longest trend accepted, in months (10 years). */
export const MAX_TREND_MONTHS = 120;

/** Input of `coverageTrend`. */
export interface CoverageTrendInput extends TeamGapsInput {
  /** Number of points (default 12, integer 1..120). */
  months?: number;
}

/** Coverage of the whole target at one month end. */
export interface CoverageTrendPoint {
  /** Calendar month, `YYYY-MM` (UTC). */
  month: string;
  /** The instant evaluated: the month's last millisecond (UTC), or `asOf` for the current month. */
  date: Date;
  /** One entry per target skill, target order. */
  skills: ForecastSkillCoverage[];
  /** `teamReadiness` of `skills` (0..1). */
  readiness: number;
}

/**
 * 12-month coverage trend (PRODUCT.md §5: "coverage over the past 12 months, rebuilt from credential
 * issue and expiry dates"). Returns `months` points, oldest first: the last instant
 * (23:59:59.999 UTC of the last day) of each of the `months − 1` calendar months before `asOf`'s
 * month, then `asOf` itself for the current, unfinished month. At each instant coverage is evaluated
 * exactly like `teamSkillGaps`: a credential counts from its `validFrom` (else `issuedOn`) inclusive
 * to its `validUntil` exclusive.
 *
 * Limits (stated, not hidden): the membership is today's team, and verification statuses are as known
 * at `asOf` — a credential revoked since is dropped from the whole history (its revocation date is
 * not known), a VERIFIED one counts throughout its validity window.
 *
 * @throws {GapAnalyticsError} `GAP_INVALID_AS_OF`, `GAP_INVALID_TARGET`, or `GAP_INVALID_OPTION` when
 *   `months` is not an integer in 1..120.
 */
export function coverageTrend(input: CoverageTrendInput): CoverageTrendPoint[] {
  const t0 = asOfMillis(input.asOf);
  assertTarget(input.target);
  const months = input.months ?? DEFAULT_TREND_MONTHS;
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
    throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_OPTION, `months must be an integer in 1..${MAX_TREND_MONTHS} (got ${months})`);
  }
  const evidence = collectTeamEvidence(input, input.target.map((s) => s.skillId));
  const year = input.asOf.getUTCFullYear();
  const month = input.asOf.getUTCMonth();
  const points: CoverageTrendPoint[] = [];
  for (let back = months - 1; back >= 0; back--) {
    // Date.UTC normalises negative / overflowing months across years.
    const t = back === 0 ? t0 : Date.UTC(year, month - back + 1, 1) - 1;
    const at = new Date(t);
    const skills = coverageAt(evidence, input.target, t);
    points.push({ month: monthKey(at), date: at, skills, readiness: teamReadiness(skills) });
  }
  return points;
}

function coverageAt(
  evidence: ReturnType<typeof collectTeamEvidence>,
  target: TeamGapsInput['target'],
  t: number,
): ForecastSkillCoverage[] {
  return target.map((s, i): ForecastSkillCoverage => {
    let covered = 0;
    for (let m = 0; m < evidence.personIds.length; m++) {
      if (covers(verifiedLevelAt(evidence.records[m][i], t), s.minLevel)) covered++;
    }
    const skillId: SkillId = evidence.skillIds[i];
    return { skillId, minLevel: s.minLevel, needed: s.needed, covered, gap: Math.max(0, s.needed - covered) };
  });
}

function monthKey(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
