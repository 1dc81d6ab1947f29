import { DomainError } from '@skillproof/api-core';
import { GapAnalyticsError } from '@skillproof/domain-gap-analytics';
import { LearningError, LearningErrorCode } from '@skillproof/domain-learning';

/**
 * Runs `fn` and turns the pure libraries' typed errors into API errors: a refused status transition
 * (`LEARNING_INVALID_TRANSITION`) → CONFLICT (the assignment's current state forbids it); every other
 * LearningError or GapAnalyticsError → BAD_USER_INPUT. The original code is kept in `details.reason`.
 */
export function withDomainErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LearningError) {
      const code = e.code === LearningErrorCode.INVALID_TRANSITION ? 'CONFLICT' : 'BAD_USER_INPUT';
      throw new DomainError(code, e.message, { reason: e.code, ...e.details });
    }
    if (e instanceof GapAnalyticsError) throw new DomainError('BAD_USER_INPUT', e.message, { reason: e.code });
    throw e;
  }
}
