import type { CredentialEvidence } from '@skillproof/domain-model';
import { assertAsOf } from './matching.exception';

/**
 * How a credential stands at an as-of instant (PRODUCT.md §3, §4.1):
 * - `COUNTS` — VERIFIED and current: it proves its aligned skills.
 * - `CLAIMED` — a manual / self-reported entry: shown apart, never scored.
 * - `FAILED`, `INDETERMINATE` — verification did not pass ("could not check" is not verified).
 * - `NOT_YET_VALID` — VERIFIED but its validity starts after `asOf`.
 * - `EXPIRED` — VERIFIED but `validUntil ≤ asOf`.
 */
export type CredentialStanding = 'COUNTS' | 'CLAIMED' | 'FAILED' | 'INDETERMINATE' | 'NOT_YET_VALID' | 'EXPIRED';

/**
 * The validity window of a credential as epoch milliseconds: `[start, end)`.
 * `start` is `validFrom`, else `issuedOn`, else −∞ (a missing start is treated as valid);
 * `end` is `validUntil`, else +∞. An invalid Date yields NaN, which makes the credential never current
 * (fail safe).
 */
export function validityWindow(credential: CredentialEvidence): { start: number; end: number } {
  const from = credential.validFrom ?? credential.issuedOn ?? null;
  const until = credential.validUntil ?? null;
  return {
    start: from === null ? Number.NEGATIVE_INFINITY : toMillis(from),
    end: until === null ? Number.POSITIVE_INFINITY : toMillis(until),
  };
}

/**
 * True when `asOf` lies in the credential's validity window: `start ≤ asOf < end` (see
 * {@link validityWindow}). Ignores the verification status. Dates are UTC instants.
 */
export function isCurrentAt(credential: CredentialEvidence, asOf: Date): boolean {
  const { start, end } = validityWindow(credential);
  const t = asOf.getTime();
  return start <= t && t < end;
}

/**
 * Classifies one credential at `asOf` (see {@link CredentialStanding}). Only `COUNTS` proves skills
 * (PRODUCT.md §3: "a credential counts ... only when its verification result is VERIFIED as of the date
 * the question is asked"). The validity window is evaluated here, at `asOf`, so a job's start date can
 * be used (§4.7). The status is taken as the verification outcome apart from the window.
 *
 * @throws {MatchingError} `MATCHING_INVALID_AS_OF` for an invalid date.
 */
export function credentialStanding(credential: CredentialEvidence, asOf: Date): CredentialStanding {
  assertAsOf(asOf);
  return standingAt(credential, asOf.getTime());
}

/** {@link credentialStanding} on epoch milliseconds, without validation (hot path). */
export function standingAt(credential: CredentialEvidence, asOfMs: number): CredentialStanding {
  switch (credential.status) {
    case 'VERIFIED':
      break;
    case 'CLAIMED':
      return 'CLAIMED';
    case 'INDETERMINATE':
      return 'INDETERMINATE';
    default:
      return 'FAILED';
  }
  // Inlined validityWindow (hot path: no allocation).
  const until = credential.validUntil ?? null;
  if (until !== null && !(asOfMs < toMillis(until))) return 'EXPIRED';
  const from = credential.validFrom ?? credential.issuedOn ?? null;
  if (from !== null && !(toMillis(from) <= asOfMs)) return 'NOT_YET_VALID';
  return 'COUNTS';
}

function toMillis(value: Date): number {
  return value instanceof Date ? value.getTime() : Number.NaN;
}
