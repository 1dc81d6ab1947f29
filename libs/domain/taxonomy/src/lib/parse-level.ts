import type { ProficiencyScale } from '@skillproof/domain-model';
import { assertRange } from './normalize-level';
import { normalizeLabel } from './normalize-label';
import type { AllowedLevel } from './taxonomy.exception';
import { InvalidLevelError, TaxonomyError, TaxonomyErrorCode } from './taxonomy.exception';

/** Options of {@link parseLevel}. */
export interface ParseLevelOptions {
  /**
   * Accept 0 ("presence required", PRODUCT.md §2) in addition to the scale's levels. Use it for job
   * requirements and target profiles, not for attained levels. Default false.
   */
  allowPresence?: boolean;
}

/** Result of {@link tryParseLevel}: the level, or the typed error (never throws). */
export type ParseLevelResult = { ok: true; level: number } | { ok: false; error: InvalidLevelError };

/**
 * Parses one proficiency level from user or import input against the organisation's scale
 * (PRODUCT.md §2; case C1: "Beginner" on a scale without that label is rejected with a clear error,
 * never silently accepted or mapped by name).
 *
 * Accepted: an integer number in `scale.min..scale.max`; a string holding such an integer (surrounding
 * whitespace and a leading `+` allowed, no decimals); a label of the scale compared with
 * {@link normalizeLabel} (case- and whitespace-insensitive: " proficient " → 3 on the default scale);
 * and 0 when `options.allowPresence`. Labels map to `scale.min + index`.
 *
 * @returns the integer level on `scale`.
 * @throws {InvalidLevelError} code `INVALID_LEVEL`, naming the value and every allowed level and
 *   label, for anything else (unknown label, out of range, non-integer, empty, wrong type).
 * @throws {TaxonomyError} code `INVALID_SCALE` when the scale is malformed (bounds, or a label count
 *   different from the number of levels).
 */
export function parseLevel(raw: unknown, scale: ProficiencyScale, options: ParseLevelOptions = {}): number {
  assertRange(scale);
  const labels = scale.labels ?? [];
  if (labels.length !== 0 && labels.length !== scale.max - scale.min + 1) {
    throw new TaxonomyError(
      TaxonomyErrorCode.INVALID_SCALE,
      `Invalid scale: ${labels.length} labels for ${scale.max - scale.min + 1} levels ${scale.min}..${scale.max}`,
    );
  }
  const allowPresence = options.allowPresence === true && scale.min > 0;
  const inRange = (n: number): boolean =>
    Number.isInteger(n) && ((n >= scale.min && n <= scale.max) || (allowPresence && n === 0));

  if (typeof raw === 'number') {
    if (inRange(raw)) return raw;
  } else if (typeof raw === 'string') {
    const text = raw.trim();
    if (/^\+?\d+$/u.test(text)) {
      const n = Number(text);
      if (inRange(n)) return n;
    } else {
      const key = normalizeLabel(text);
      const index = key === '' ? -1 : labels.findIndex((label) => normalizeLabel(label) === key);
      if (index >= 0) return scale.min + index;
    }
  }
  const allowed: AllowedLevel[] = allowPresence ? [{ level: 0, label: 'presence' }] : [];
  for (let level = scale.min; level <= scale.max; level++) {
    const label = labels[level - scale.min];
    allowed.push(label ? { level, label } : { level });
  }
  throw new InvalidLevelError(raw, allowed);
}

/**
 * {@link parseLevel} without throwing on a bad level: for row-by-row imports that collect errors
 * (case C1: reject the row with its number, keep importing the rest).
 * @throws {TaxonomyError} code `INVALID_SCALE` only (a malformed scale is a programming error).
 */
export function tryParseLevel(raw: unknown, scale: ProficiencyScale, options: ParseLevelOptions = {}): ParseLevelResult {
  try {
    return { ok: true, level: parseLevel(raw, scale, options) };
  } catch (error) {
    if (error instanceof InvalidLevelError) return { ok: false, error };
    throw error;
  }
}
