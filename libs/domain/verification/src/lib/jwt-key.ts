import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import type { DocumentLoader } from 'jsonld';
import { asArray, idOf, isRecord, type JsonRecord } from './json-value';
import { KeyResolutionError } from './verification.exception';

/** A public key found for a JWS, and what it proves about the signer. */
export interface ResolvedJwsKey {
  jwk: JsonRecord;
  /**
   * The DID or https URL that controls the key (`did:key`, `did:jwk`, `did:web` DID, or the https
   * issuer document id); `undefined` for a bare embedded `jwk` header, which proves only that key.
   */
  controller?: string;
  /** Where the key came from: the kid, or `embedded jwk`. */
  source: string;
}

/** Public JWK of a Multikey / JsonWebKey verification method (Controlled Identifiers 1.0 §2.2). */
async function jwkOfVerificationMethod(vm: JsonRecord, kid: string): Promise<JsonRecord> {
  if (isRecord(vm['publicKeyJwk'])) return vm['publicKeyJwk'];
  const multibase = vm['publicKeyMultibase'];
  if (typeof multibase === 'string') {
    try {
      const base = { type: 'Multikey', id: kid, controller: String(vm['controller'] ?? ''), publicKeyMultibase: multibase };
      if (multibase.startsWith('z6Mk')) return await Ed25519Multikey.toJwk({ keyPair: await Ed25519Multikey.from(base) });
      if (multibase.startsWith('zDn') || multibase.startsWith('z82L')) {
        return await EcdsaMultikey.toJwk({ keyPair: await EcdsaMultikey.from(base) });
      }
    } catch (error) {
      throw new KeyResolutionError(kid, `Key ${kid} has an invalid publicKeyMultibase`, false, { cause: error });
    }
  }
  throw new KeyResolutionError(kid, `Key ${kid} has no usable public key (publicKeyJwk, or Ed25519 / P-256 / P-384 publicKeyMultibase)`, true);
}

/** did:jwk Method §2: the DID is `did:jwk:<base64url JSON JWK>`, its only key `#0`. */
function resolveDidJwk(kid: string): ResolvedJwsKey {
  const did = kid.split('#')[0];
  const fragment = kid.includes('#') ? kid.slice(kid.indexOf('#') + 1) : '0';
  let jwk: unknown;
  try {
    jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'));
  } catch (error) {
    throw new KeyResolutionError(kid, `Invalid did:jwk ${did}`, false, { cause: error });
  }
  if (!isRecord(jwk) || fragment !== '0') throw new KeyResolutionError(kid, `Invalid did:jwk key ${kid}`);
  return { jwk, controller: did, source: kid };
}

function listsKey(controllerDoc: JsonRecord, kid: string): boolean {
  const docId = typeof controllerDoc['id'] === 'string' ? controllerDoc['id'] : '';
  return asArray(controllerDoc['assertionMethod']).some((entry) => {
    const id = idOf(entry);
    return id !== undefined && (id === kid || (id.startsWith('#') && docId + id === kid));
  });
}

/**
 * Finds the public key of a VC-JWT (VC-JOSE-COSE §3.3 / VC-JWT 1.1 §6.3.1 "kid"):
 * - `kid` a DID URL: `did:key` offline, `did:jwk` offline, `did:web` through the fetcher; the key
 *   must be an `assertionMethod` of its DID document (did:key and did:jwk imply it);
 * - `kid` an https URL `<issuer document>#<fragment>`: the issuer document through the fetcher,
 *   whose `id` must equal the URL before `#`, listing the key under `assertionMethod`;
 * - no `kid` but a `jwk` header: that key, with no controller (issuer unproven).
 *
 * @param loader a key-resolving document loader (createKeyResolvingLoader) for did:key / did:web / https.
 * @throws KeyResolutionError when no key can be found (no kid nor jwk, unknown DID method, fetch failure).
 */
export async function resolveJwsKey(header: JsonRecord, loader: DocumentLoader): Promise<ResolvedJwsKey> {
  const kid = header['kid'];
  if (typeof kid === 'string' && kid !== '') {
    if (kid.startsWith('did:jwk:')) return resolveDidJwk(kid);
    if (!kid.includes('#')) throw new KeyResolutionError(kid, `kid ${kid} is not a key reference (DID URL or URL with #fragment)`);
    const controller = kid.slice(0, kid.indexOf('#'));
    const vm = (await loader(kid)).document;
    if (!isRecord(vm)) throw new KeyResolutionError(kid, `Key ${kid} is not a verification method`);
    if (!kid.startsWith('did:key:')) {
      const doc = (await loader(controller)).document;
      if (!isRecord(doc) || !listsKey(doc, kid)) {
        throw new KeyResolutionError(kid, `Key ${kid} is not an assertionMethod of ${controller}`);
      }
    }
    return { jwk: await jwkOfVerificationMethod(vm, kid), controller, source: kid };
  }
  if (isRecord(header['jwk'])) return { jwk: header['jwk'], source: 'embedded jwk' };
  throw new KeyResolutionError('', 'The JWS header has neither a kid nor a jwk: no key to verify with');
}
