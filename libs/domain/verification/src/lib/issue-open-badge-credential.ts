import { VC_V2_CONTEXT } from './structure-check';
import { toDateTimeStamp } from './date-format';
import { hashIdentity } from './identity-hash';
import type { IssuerKey } from './issuer-key';
import type { JsonRecord } from './json-value';
import { signCredential } from './sign-credential';
import { VerificationException } from './verification.exception';

/** OB 3.0 context pinned for issuance (bundled). */
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Input of {@link issueOpenBadgeCredential}. */
export interface IssueOpenBadgeInput {
  key: IssuerKey;
  /** Issuer Profile (OB 3.0 §B.2.1). `id` must be `key.did`, the controller of the signing key. */
  issuer: { id: string; name: string; url?: string };
  /** Credential `id` (a URL or `urn:uuid:…`). */
  credentialId: string;
  /**
   * Recipient (OB 3.0 §B.1.2 AchievementSubject): a subject `id` (DID/URL), and/or an
   * IdentityObject — give `identityHash` (`sha256$…`, with its `salt`) or `email` + `salt` to hash.
   */
  subject: { id?: string; identityHash?: string; email?: string; salt?: string };
  /** OB 3.0 §B.1.1 Achievement. */
  achievement: {
    id: string;
    name: string;
    description: string;
    achievementType?: string;
    criteria: { narrative: string; id?: string };
    alignment?: { targetUrl: string; targetName: string; targetCode?: string; targetFramework?: string }[];
  };
  validFrom: Date;
  validUntil?: Date;
  /** Bitstring Status List 1.0 §2.1 entry to add. */
  status?: { statusListCredential: string; statusListIndex: number; statusPurpose: 'revocation' | 'suspension' };
  /** Proof `created` (default now). */
  created?: Date;
}

/**
 * Builds and signs an Open Badges 3.0 `OpenBadgeCredential` (OB 3.0 §B.1, VC DM 2.0 context,
 * pinned OB context 3.0.3) with an `eddsa-rdfc-2022` DataIntegrityProof. Offline.
 *
 * @returns the signed credential (JSON object).
 * @throws VerificationException when `issuer.id` is not the key's DID, the subject has neither an
 *   id nor an identity, the dates are invalid or out of order, or the status index is negative.
 */
export async function issueOpenBadgeCredential(input: IssueOpenBadgeInput): Promise<JsonRecord> {
  const { key, issuer, subject, achievement, status } = input;
  if (issuer.id !== key.did) {
    throw new VerificationException(`issuer.id must be the signing key's DID ${key.did} (got ${issuer.id})`);
  }
  if (input.validUntil && input.validUntil.getTime() < input.validFrom.getTime()) {
    throw new VerificationException('validUntil is before validFrom');
  }
  const credentialSubject: JsonRecord = { type: ['AchievementSubject'] };
  if (subject.id) credentialSubject['id'] = subject.id;
  const identityHash =
    subject.identityHash ?? (subject.email !== undefined && subject.salt !== undefined ? hashIdentity(subject.email, subject.salt) : undefined);
  if (identityHash) {
    credentialSubject['identifier'] = [
      {
        type: 'IdentityObject',
        identityHash,
        identityType: 'emailAddress',
        hashed: true,
        ...(subject.salt !== undefined ? { salt: subject.salt } : {}),
      },
    ];
  }
  if (!subject.id && !identityHash) {
    throw new VerificationException('subject needs an id, an identityHash, or an email and salt');
  }
  credentialSubject['achievement'] = {
    id: achievement.id,
    type: ['Achievement'],
    name: achievement.name,
    description: achievement.description,
    ...(achievement.achievementType ? { achievementType: achievement.achievementType } : {}),
    criteria: { ...(achievement.criteria.id ? { id: achievement.criteria.id } : {}), narrative: achievement.criteria.narrative },
    ...(achievement.alignment && achievement.alignment.length > 0
      ? {
          alignment: achievement.alignment.map((a) => ({
            type: ['Alignment'],
            targetName: a.targetName,
            targetUrl: a.targetUrl,
            ...(a.targetCode ? { targetCode: a.targetCode } : {}),
            ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
          })),
        }
      : {}),
  };

  const credential: JsonRecord = {
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name, ...(issuer.url ? { url: issuer.url } : {}) },
    validFrom: toDateTimeStamp(input.validFrom),
    ...(input.validUntil ? { validUntil: toDateTimeStamp(input.validUntil) } : {}),
    credentialSubject,
  };
  if (status) {
    if (!Number.isSafeInteger(status.statusListIndex) || status.statusListIndex < 0) {
      throw new VerificationException(`Invalid statusListIndex ${status.statusListIndex}`);
    }
    credential['credentialStatus'] = {
      id: `${status.statusListCredential}#${status.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: status.statusPurpose,
      statusListIndex: String(status.statusListIndex),
      statusListCredential: status.statusListCredential,
    };
  }
  return signCredential(credential, key, input.created);
}
