/**
 * Shared generators for the property tests that prove a database fast path equal to its TypeScript
 * reference (fast-path and team-gaps-fast-path integration specs): random credentials on a small set of
 * dates, and the credential changes applied after loading (so the triggers must keep derived tables right).
 */
import fc from 'fast-check';
import type { Client } from 'pg';
import type { VerificationStatus } from '@skillproof/domain-model';

/** Calendar days (midnight UTC) credentials are issued / valid on; null = open. */
export const DAYS = [null, '2019-01-01', '2020-06-15', '2021-03-01', '2022-01-01', '2023-07-01', '2024-01-01', '2025-01-01'];
/** The as-of days evaluated. */
export const AS_OF = ['2019-06-01', '2021-03-01', '2022-01-01', '2023-01-01', '2024-06-30', '2026-01-01'];
/** Stored report reasons (the counting status depends on them for FAILED credentials). */
export const REPORT_REASONS = [[], ['EXPIRED'], ['NOT_YET_VALID'], ['EXPIRED', 'NOT_YET_VALID'], ['SIGNATURE_INVALID'], ['EXPIRED', 'REVOKED']];
/** A day of DAYS as an instant (midnight UTC). */
export const date = (d: string | null) => (d === null ? null : new Date(`${d}T00:00:00.000Z`));

const STATUSES: VerificationStatus[] = ['VERIFIED', 'FAILED', 'INDETERMINATE', 'CLAIMED'];

/** One credential of a random person, with up to 3 alignments (levels 0..5) to random skills. */
export const credentialArb = (people: number, skills: number) => fc.record({
  person: fc.nat({ max: people - 1 }),
  status: fc.constantFrom<VerificationStatus>(...STATUSES),
  reasons: fc.nat({ max: REPORT_REASONS.length - 1 }),
  issuer: fc.constantFrom(0, 1, null),
  issuedOn: fc.constantFrom(...DAYS),
  validFrom: fc.constantFrom(...DAYS, null, null),
  validUntil: fc.constantFrom(...DAYS, null, null),
  alignments: fc.uniqueArray(fc.record({ skill: fc.nat({ max: skills - 1 }), level: fc.integer({ min: 0, max: 5 }) }), { selector: (a) => a.skill, maxLength: 3 }),
});

/** Changes to one loaded credential: status (with reasons), validUntil, deletion, alignments dropped. */
export const credentialMutationArbs = (credentials: number) => {
  const cred = fc.nat({ max: Math.max(0, credentials - 1) });
  return [
    fc.record({ kind: fc.constant('status' as const), cred, status: fc.constantFrom<VerificationStatus>(...STATUSES), reasons: fc.nat({ max: REPORT_REASONS.length - 1 }) }),
    fc.record({ kind: fc.constant('until' as const), cred, validUntil: fc.constantFrom(...DAYS) }),
    fc.record({ kind: fc.constant('deleteCredential' as const), cred }),
    fc.record({ kind: fc.constant('deleteAlignments' as const), cred }),
  ] as const;
};

/** A credential change of {@link credentialMutationArbs}. */
export type CredentialMutation = typeof credentialMutationArbs extends (n: number) => readonly fc.Arbitrary<infer T>[] ? T : never;

/** The in-memory copy of a loaded credential that a change updates alongside the database. */
export interface LoadedCredential {
  id: string;
  status: VerificationStatus;
  reasonsList: string[];
  validUntil: string | null;
  alignments: unknown[];
}

/**
 * Applies one credential change to the database and to the in-memory copy `x` (no-op when `x` is
 * undefined: the case generated no credential); `alive` loses a deleted credential's id.
 */
export async function applyCredentialMutation(db: Client, m: CredentialMutation, x: LoadedCredential | undefined, alive: Set<string>): Promise<void> {
  if (!x) return;
  switch (m.kind) {
    case 'status':
      x.status = m.status; x.reasonsList = REPORT_REASONS[m.reasons];
      await db.query(`UPDATE credential SET verification_status = $2, verification_report = $3 WHERE id = $1`, [x.id, x.status, { reasons: x.reasonsList }]);
      break;
    case 'until':
      x.validUntil = m.validUntil;
      await db.query(`UPDATE credential SET valid_until = $2 WHERE id = $1`, [x.id, date(x.validUntil)]);
      break;
    case 'deleteCredential':
      alive.delete(x.id);
      await db.query(`DELETE FROM credential WHERE id = $1`, [x.id]);
      break;
    case 'deleteAlignments':
      x.alignments = [];
      await db.query(`DELETE FROM credential_alignment WHERE credential_id = $1`, [x.id]);
      break;
  }
}
