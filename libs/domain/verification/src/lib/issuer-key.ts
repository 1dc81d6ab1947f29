import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519MultikeyKeyPair } from '@digitalbazaar/ed25519-multikey';
import { isRecord } from './json-value';
import { VerificationException } from './verification.exception';

/**
 * An Ed25519 issuer signing key (Controlled Identifiers 1.0 §2.2.2 Multikey) bound to its
 * `did:key` (did:key Method 0.9). `keyId` is the verification method id used in proofs:
 * `did:key:<publicKeyMultibase>#<publicKeyMultibase>`.
 */
export interface IssuerKey {
  /** The issuer DID (`did:key:z6Mk…`): use it as the credential `issuer.id`. */
  readonly did: string;
  /** Verification method id of the key. */
  readonly keyId: string;
  /** Multibase (base58btc, multicodec ed25519-pub) public key, `z6Mk…`. */
  readonly publicKeyMultibase: string;
  /** Library key pair holding the secret key; opaque to callers. */
  readonly keyPair: Ed25519MultikeyKeyPair;
}

/** JSON form of an {@link IssuerKey} (Multikey with its secret key). Store it as a secret. */
export interface IssuerKeyJson {
  type: 'Multikey';
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

function toIssuerKey(keyPair: Ed25519MultikeyKeyPair): IssuerKey {
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  return { did, keyId: `${did}#${keyPair.publicKeyMultibase}`, publicKeyMultibase: keyPair.publicKeyMultibase, keyPair };
}

/**
 * Generates an Ed25519 issuer key and its did:key. Deterministic when `seed` is given.
 *
 * @param seed exactly 32 bytes (Ed25519 private key seed, RFC 8032 §5.1.5); random when omitted.
 * @throws VerificationException when the seed is not 32 bytes.
 */
export async function generateIssuerKey(seed?: Uint8Array): Promise<IssuerKey> {
  if (seed !== undefined && seed.length !== 32) {
    throw new VerificationException(`An Ed25519 seed must be 32 bytes, got ${seed.length}`);
  }
  const generated = await Ed25519Multikey.generate(seed ? { seed } : {});
  const did = `did:key:${generated.publicKeyMultibase}`;
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: `${did}#${generated.publicKeyMultibase}`,
    controller: did,
    publicKeyMultibase: generated.publicKeyMultibase,
    secretKeyMultibase: generated.secretKeyMultibase,
  });
  return toIssuerKey(keyPair);
}

/** Serialises an issuer key (public and secret key, multibase) to JSON. */
export function exportIssuerKey(key: IssuerKey): IssuerKeyJson {
  const secretKeyMultibase = key.keyPair.secretKeyMultibase;
  if (!secretKeyMultibase) throw new VerificationException('This issuer key has no secret key to export');
  return {
    type: 'Multikey',
    id: key.keyId,
    controller: key.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase,
  };
}

/**
 * Restores an issuer key from {@link exportIssuerKey} output (parsed JSON).
 *
 * @throws VerificationException when the value is not an Ed25519 Multikey with a secret key, or
 *   its `id`/`controller` do not match the did:key of its public key.
 */
export async function importIssuerKey(json: unknown): Promise<IssuerKey> {
  if (
    !isRecord(json) ||
    json['type'] !== 'Multikey' ||
    typeof json['publicKeyMultibase'] !== 'string' ||
    typeof json['secretKeyMultibase'] !== 'string' ||
    !json['publicKeyMultibase'].startsWith('z6Mk')
  ) {
    throw new VerificationException('Not an Ed25519 Multikey with publicKeyMultibase and secretKeyMultibase');
  }
  const did = `did:key:${json['publicKeyMultibase']}`;
  const id = `${did}#${json['publicKeyMultibase']}`;
  if ((json['id'] !== undefined && json['id'] !== id) || (json['controller'] !== undefined && json['controller'] !== did)) {
    throw new VerificationException('Key id/controller do not match the did:key of its public key');
  }
  let keyPair: Ed25519MultikeyKeyPair;
  try {
    keyPair = await Ed25519Multikey.from({
      type: 'Multikey',
      id,
      controller: did,
      publicKeyMultibase: json['publicKeyMultibase'],
      secretKeyMultibase: json['secretKeyMultibase'],
    });
  } catch (error) {
    throw new VerificationException('Invalid Ed25519 Multikey', { cause: error });
  }
  return toIssuerKey(keyPair);
}
