/** Codes of every error the matching library throws (mapped once to GraphQL `extensions.code`). */
export const MatchingErrorCode = {
  /** `asOf` is missing or an invalid Date. */
  INVALID_AS_OF: 'MATCHING_INVALID_AS_OF',
  /** A requirement has a non-finite or negative minLevel, or a weight that is not a finite number > 0. */
  INVALID_REQUIREMENT: 'MATCHING_INVALID_REQUIREMENT',
} as const;

/** Union of the values of {@link MatchingErrorCode}. */
export type MatchingErrorCode = (typeof MatchingErrorCode)[keyof typeof MatchingErrorCode];

/**
 * The one error type of `@skillproof/domain-matching`: a code and a human message. Bad input is
 * reported, never silently scored. Never an HTTP or framework exception.
 */
export class MatchingError extends Error {
  /** Machine-readable code. */
  readonly code: MatchingErrorCode;

  constructor(code: MatchingErrorCode, message: string) {
    super(message);
    this.name = 'MatchingError';
    this.code = code;
  }
}

/**
 * Validates an as-of instant.
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF` unless `asOf` is a valid Date.
 */
export function assertAsOf(asOf: Date): void {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new MatchingError(MatchingErrorCode.INVALID_AS_OF, `asOf must be a valid Date (got ${String(asOf)})`);
  }
}
