import { gzipSync } from 'node:zlib';
import { toDateTimeStamp } from './date-format';
import type { IssuerKey } from './issuer-key';
import type { JsonRecord } from './json-value';
import { signCredential } from './sign-credential';
import { VC_V2_CONTEXT } from './structure-check';
import { VerificationException } from './verification.exception';

/** Minimum list length in entries (Bitstring Status List 1.0 §2.1: 16 KiB = 131 072 bits). */
export const MIN_STATUS_LIST_LENGTH = 131_072;

/**
 * Encodes a status list (Bitstring Status List 1.0 §2.1 / §3.1 "Generate Algorithm"): a
 * bitstring of `length` bits, bit i = entry i counted from the most significant bit of the first
 * byte, GZIP-compressed, Multibase base64url (`u` prefix).
 *
 * @throws VerificationException when length is not a positive multiple of 8 or an index is out of range.
 */
export function encodeStatusList(length: number, setIndexes: readonly number[]): string {
  if (!Number.isSafeInteger(length) || length <= 0 || length % 8 !== 0) {
    throw new VerificationException(`Status list length must be a positive multiple of 8, got ${length}`);
  }
  const bits = new Uint8Array(length / 8);
  for (const index of setIndexes) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
      throw new VerificationException(`Status index ${index} is outside 0..${length - 1}`);
    }
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** Input of {@link createStatusListCredential}. */
export interface StatusListCredentialInput {
  key: IssuerKey;
  /** Issuer id (must be `key.did`) or Profile object. */
  issuer: string | { id: string; name?: string; url?: string };
  /** URL the list is published at (`statusListCredential` of the entries). */
  id: string;
  statusPurpose: 'revocation' | 'suspension';
  /** Entries whose bit is set (revoked / suspended). */
  revokedIndexes: readonly number[];
  /** Number of entries (default and minimum recommended 131 072). */
  length?: number;
  validFrom: Date;
  validUntil?: Date;
  /** Proof `created` (default now). */
  created?: Date;
}

/**
 * Creates and signs a `BitstringStatusListCredential` (Bitstring Status List 1.0 §2.2) with an
 * `eddsa-rdfc-2022` proof. Offline.
 *
 * @throws VerificationException for an issuer that is not the key's DID or invalid list parameters.
 */
export async function createStatusListCredential(input: StatusListCredentialInput): Promise<JsonRecord> {
  const issuerId = typeof input.issuer === 'string' ? input.issuer : input.issuer.id;
  if (issuerId !== input.key.did) {
    throw new VerificationException(`issuer must be the signing key's DID ${input.key.did} (got ${issuerId})`);
  }
  const credential: JsonRecord = {
    '@context': [VC_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: toDateTimeStamp(input.validFrom),
    ...(input.validUntil ? { validUntil: toDateTimeStamp(input.validUntil) } : {}),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.statusPurpose,
      encodedList: encodeStatusList(input.length ?? MIN_STATUS_LIST_LENGTH, input.revokedIndexes),
    },
  };
  return signCredential(credential, input.key, input.created);
}
