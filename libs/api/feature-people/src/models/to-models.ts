import type { CredentialEntity, PersonEntity } from '@skillproof/api-data-access';
import { CheckOutcome, VerificationStatus, type CredentialModel } from './credential.model';
import { PersonKind, type PersonModel } from './person.model';

/** Maps a person row to its GraphQL model; in blind mode name and e-mail are replaced by the code. */
export function toPersonModel(p: PersonEntity, blind = false): PersonModel {
  return {
    id: p.id, kind: p.kind as PersonKind, code: p.code, teamId: p.teamId, blind,
    displayName: blind ? p.code : p.displayName,
    email: blind ? null : p.email,
  };
}

/** Maps a credential row to its GraphQL model. */
export function toCredentialModel(c: CredentialEntity): CredentialModel {
  const r = c.verificationReport;
  return {
    id: c.id, name: c.name, format: c.format, credentialUri: c.credentialUri, issuedOn: c.issuedOn,
    validFrom: c.validFrom, validUntil: c.validUntil, document: c.document, personId: c.personId,
    definitionId: c.definitionId, issuerId: c.issuerId, issuerName: c.issuerName,
    verification: {
      status: r.status as VerificationStatus,
      checkedAt: new Date(r.checkedAt),
      reasons: r.reasons ?? [],
      checks: (r.checks ?? []).map((ch) => ({ name: ch.name, outcome: ch.outcome as CheckOutcome, code: ch.code ?? null, message: ch.message })),
    },
  };
}
