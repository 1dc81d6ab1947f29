import type { CredentialEvidence } from '@skillproof/domain-model';
import { validityWindow } from '@skillproof/domain-matching';
import { GapAnalyticsError, GapAnalyticsErrorCode } from './gap-analytics.exception';
import type { TeamMember } from './gap-analytics.types';
import { asOfMillis, DAY_MS } from './member-evidence';

/** Input of `expiringCredentials`. */
export interface ExpiringCredentialsInput {
  members: readonly TeamMember[];
  credentialsByPerson: ReadonlyMap<string, readonly CredentialEvidence[]>;
  asOf: Date;
  /** Window in days after `asOf` (finite ≥ 0). */
  withinDays: number;
}

/** A member's counting credential that stops counting within the window. */
export interface ExpiringCredential {
  personId: string;
  credential: CredentialEvidence;
  /** The credential's `validUntil` (UTC instant; exclusive end of validity). */
  validUntil: Date;
}

/**
 * Credentials of the team's members that count now and stop counting within `withinDays`
 * (PRODUCT.md §5: expiring credentials, the cause of the expiry forecast's drops): VERIFIED, current at
 * `asOf` (validFrom/issuedOn ≤ asOf < validUntil) and `validUntil ≤ asOf + withinDays × 24 h`.
 * Sorted by validUntil, then person id, then credential id. A member listed twice counts once.
 *
 * @throws {GapAnalyticsError} `GAP_INVALID_AS_OF`, or `GAP_INVALID_OPTION` when `withinDays` is not a
 *   finite number ≥ 0.
 */
export function expiringCredentials(input: ExpiringCredentialsInput): ExpiringCredential[] {
  const t = asOfMillis(input.asOf);
  if (typeof input.withinDays !== 'number' || !Number.isFinite(input.withinDays) || input.withinDays < 0) {
    throw new GapAnalyticsError(GapAnalyticsErrorCode.INVALID_OPTION, `withinDays must be a finite number ≥ 0 (got ${input.withinDays})`);
  }
  const horizon = t + input.withinDays * DAY_MS;
  const result: ExpiringCredential[] = [];
  for (const personId of new Set(input.members.map((m) => m.personId))) {
    for (const credential of input.credentialsByPerson.get(personId) ?? []) {
      if (credential.personId !== personId || credential.status !== 'VERIFIED') continue;
      const { start, end } = validityWindow(credential);
      if (start <= t && t < end && end <= horizon) result.push({ personId, credential, validUntil: new Date(end) });
    }
  }
  return result.sort(
    (a, b) => a.validUntil.getTime() - b.validUntil.getTime() || cmp(a.personId, b.personId) || cmp(a.credential.id, b.credential.id),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
