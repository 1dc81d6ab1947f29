import type { TargetSkill } from '@skillproof/domain-model';
import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';

/**
 * Validates a target profile.
 * @throws {GapAnalyticsError} `GAP_INVALID_TARGET` naming the entry and the field.
 */
export function assertTarget(target: readonly TargetSkill[]): void {
  target.forEach((t, i) => {
    const where = `Target skill #${i + 1} (${String(t?.skillId)})`;
    if (typeof t?.skillId !== 'string' || t.skillId.trim() === '') {
      throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_TARGET, `${where}: skillId is required`);
    }
    if (typeof t.minLevel !== 'number' || !Number.isFinite(t.minLevel) || t.minLevel < 0) {
      throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_TARGET, `${where}: minLevel must be a finite number ≥ 0 (got ${t.minLevel})`);
    }
    if (!Number.isSafeInteger(t.needed) || t.needed < 0) {
      throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_TARGET, `${where}: needed must be an integer ≥ 0 (got ${t.needed})`);
    }
  });
}
