/** Codes of every error the learning library throws (mapped once to GraphQL `extensions.code`). */
export const LearningErrorCode = {
  /** `asOf` (or a due date) is missing or an invalid Date. */
  INVALID_DATE: 'LEARNING_INVALID_DATE',
  /** `capacityHoursPerPerson` is not a finite number ≥ 0. */
  INVALID_CAPACITY: 'LEARNING_INVALID_CAPACITY',
  /** A status that is not one of ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED. */
  INVALID_STATUS: 'LEARNING_INVALID_STATUS',
  /** A status change the assignment lifecycle does not allow (e.g. COMPLETED → IN_PROGRESS). */
  INVALID_TRANSITION: 'LEARNING_INVALID_TRANSITION',
} as const;

/** Union of the values of {@link LearningErrorCode}. */
export type LearningErrorCode = (typeof LearningErrorCode)[keyof typeof LearningErrorCode];

/** The one error type of `@skillproof/domain-learning`: a code, a human message and details. */
export class LearningError extends Error {
  /** Machine-readable code. */
  readonly code: LearningErrorCode;
  /** Structured context (e.g. `{ from, to }` for a refused transition). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: LearningErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'LearningError';
    this.code = code;
    this.details = details;
  }
}

/**
 * Validates an instant.
 * @throws {LearningError} `LEARNING_INVALID_DATE` naming `what`.
 */
export function assertDate(value: unknown, what: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new LearningError(LearningErrorCode.INVALID_DATE, `${what} must be a valid Date (got ${String(value)})`, { field: what });
  }
}
