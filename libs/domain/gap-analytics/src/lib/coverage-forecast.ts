import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';
import type { CoverageForecastInput, CoverageForecastPoint } from './gap-analytics.types';
import { asOfMillis, collectTeamEvidence, covers, DAY_MS, verifiedLevelAt } from './member-evidence';
import { teamReadiness } from './team-readiness';
import { assertTarget } from './validate-target';

/** Default forecast offsets, in days (PRODUCT.md §5: "coverage in 30/60/90 days"). */
export const DEFAULT_FORECAST_DAYS: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * Expiry forecast (PRODUCT.md §5): for each offset `d` in `days` (in the order given), the coverage of
 * every target skill at `asOf + d × 24 h`, evaluated exactly like `teamSkillGaps` at that instant —
 * credentials whose `validUntil` is at or before that instant no longer count; credentials whose
 * validity starts by then do. Verification statuses are taken as known at `asOf` (a VERIFIED
 * credential is assumed to stay verified apart from its dates). A negative offset looks back (trend).
 * Credentials are read once, whatever the number of dates.
 *
 * @throws {GapAnalyticsError} `GAP_INVALID_AS_OF`, `GAP_INVALID_TARGET`, or `GAP_INVALID_OPTION` for a
 *   non-finite offset.
 */
export function coverageForecast(input: CoverageForecastInput): CoverageForecastPoint[] {
  const t0 = asOfMillis(input.asOf);
  assertTarget(input.target);
  const days = input.days ?? DEFAULT_FORECAST_DAYS;
  for (const d of days) {
    if (typeof d !== 'number' || !Number.isFinite(d)) {
      throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_OPTION, `Forecast days must be finite numbers (got ${d})`);
    }
  }
  const evidence = collectTeamEvidence(input, input.target.map((s) => s.skillId));
  return days.map((d): CoverageForecastPoint => {
    const t = t0 + d * DAY_MS;
    const skills = input.target.map((target, s) => {
      let covered = 0;
      for (let m = 0; m < evidence.personIds.length; m++) {
        if (covers(verifiedLevelAt(evidence.records[m][s], t), target.minLevel)) covered++;
      }
      return {
        skillId: evidence.skillIds[s],
        minLevel: target.minLevel,
        needed: target.needed,
        covered,
        gap: Math.max(0, target.needed - covered),
      };
    });
    return { days: d, date: new Date(t), skills, readiness: teamReadiness(skills) };
  });
}
