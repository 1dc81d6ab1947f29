/** Codes of every error the gap-analytics library throws (mapped once to GraphQL `extensions.code`). */
export const GapAnalyticsErrorCode = {
  /** `asOf` is missing or an invalid Date. */
  INVALID_AS_OF: 'GAP_INVALID_AS_OF',
  /** A target skill has an empty skill id, a minLevel that is not a finite number ≥ 0, or a `needed` that is not an integer ≥ 0. */
  INVALID_TARGET: 'GAP_INVALID_TARGET',
  /** An option is out of range (`expiringWithinDays` not finite ≥ 0, a forecast day not finite). */
  INVALID_OPTION: 'GAP_INVALID_OPTION',
} as const;

/** Union of the values of {@link GapAnalyticsErrorCode}. */
export type GapAnalyticsErrorCode = (typeof GapAnalyticsErrorCode)[keyof typeof GapAnalyticsErrorCode];

/** The one error type of `@skillproof/domain-gap-analytics`: a code and a human message. */
export class GapAnalyticsError extends Error {
  /** Machine-readable code. */
  readonly code: GapAnalyticsErrorCode;

  constructor(code: GapAnalyticsErrorCode, message: string) {
    super(message);
    this.name = 'GapAnalyticsError';
    this.code = code;
  }
}
