import type { AllowedLevel } from './taxonomy.exception';
import { InvalidLevelError, TaxonomyError, TaxonomyErrorCode } from './taxonomy.exception';

/** The integer bounds of a proficiency scale (a `ProficiencyScale` fits: its labels are ignored). */
export interface LevelRange {
  /** Lowest level (integer). */
  min: number;
  /** Highest level (integer, > min). */
  max: number;
}

/** Tolerance used only when rounding non-integer inputs (e.g. O*NET's 0..7 level 4.62). */
const HALF_TOLERANCE = 1e-9;

/**
 * The ONE documented conversion of a proficiency level from one scale to another (PRODUCT.md §2:
 * "values from other scales are normalised explicitly"; case C3). Linear mapping of rank, so both
 * ends map onto both ends, then rounding half up:
 *
 * ```text
 *   exact  = to.min + (value − from.min) × (to.max − to.min) / (from.max − from.min)
 *   result = ⌊exact + ½⌋          (round half up, i.e. towards +∞ on a tie)
 * ```
 *
 * Example (C3): 5 on 1..10 → 1 + 4 × 4 / 9 = 2.78 → **3** on 1..5 (a truncating cast would say 2).
 * Other anchors: 1..10 → 1..5 maps 1→1, 10→5; 3 on 1..5 → 2.5 on 1..4 → 3; 3 on 1..4 → 3.67 → 4 on 1..5.
 *
 * With integer inputs the rounding is exact (integer arithmetic, no floating-point drift); a
 * non-integer value (a rated score such as 4.62 on O*NET's 0..7) is rounded with a 1e-9 tolerance.
 *
 * Level 0 means "presence required" and is not on any rank scale: when `from.min > 0`, 0 maps to 0.
 *
 * @param value level on `fromScale` (finite, `from.min ≤ value ≤ from.max`, or 0 as above).
 * @param fromScale the scale `value` is on (integers, min < max).
 * @param toScale the organisation's scale (integers, min < max).
 * @returns an integer level on `toScale`.
 * @throws {InvalidLevelError} code `INVALID_LEVEL` when `value` is not finite or outside `fromScale`.
 * @throws {TaxonomyError} code `INVALID_SCALE` when a scale is malformed.
 */
export function normalizeLevel(value: number, fromScale: LevelRange, toScale: LevelRange): number {
  assertRange(fromScale, 'fromScale');
  assertRange(toScale, 'toScale');
  if (value === 0 && fromScale.min > 0) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < fromScale.min || value > fromScale.max) {
    throw new InvalidLevelError(value, rangeLevels(fromScale), `not on the scale ${fromScale.min}–${fromScale.max}`);
  }
  const numerator = (value - fromScale.min) * (toScale.max - toScale.min);
  const denominator = fromScale.max - fromScale.min;
  if (Number.isInteger(value)) {
    // ⌊n/d + ½⌋ = ⌊(2n + d) / 2d⌋, exact for the small integers of proficiency scales.
    return toScale.min + Math.floor((2 * numerator + denominator) / (2 * denominator));
  }
  return toScale.min + Math.floor(numerator / denominator + 0.5 + HALF_TOLERANCE);
}

/**
 * Validates a scale's bounds.
 * @throws {TaxonomyError} code `INVALID_SCALE` unless min and max are safe integers with min < max.
 */
export function assertRange(range: LevelRange, name = 'scale'): void {
  if (
    !range ||
    !Number.isSafeInteger(range.min) ||
    !Number.isSafeInteger(range.max) ||
    range.min >= range.max
  ) {
    throw new TaxonomyError(
      TaxonomyErrorCode.INVALID_SCALE,
      `Invalid ${name}: min and max must be integers with min < max (got ${range?.min}..${range?.max})`,
    );
  }
}

function rangeLevels(range: LevelRange): AllowedLevel[] {
  const levels: AllowedLevel[] = [];
  for (let level = range.min; level <= range.max; level++) levels.push({ level });
  return levels;
}
