import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { driver as createDidKeyDriver, type DidKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { getBundledRemoteContext } from './document-loader';
import { didWebToUrl } from './did-web';
import type { Fetcher } from './fetcher';
import { isTransientFetchFailure, KeyResolutionError } from './verification.exception';

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
const VERIFICATION_RELATIONSHIPS = [
  'verificationMethod',
  'assertionMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
  'publicKey',
];

let didKeyDriver: DidKeyDriver | undefined;

function getDidKeyDriver(): DidKeyDriver {
  if (!didKeyDriver) {
    didKeyDriver = createDidKeyDriver();
    didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });
    didKeyDriver.use({ multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from });
    didKeyDriver.use({ multibaseMultikeyHeader: 'z82L', fromMultibase: EcdsaMultikey.from });
  }
  return didKeyDriver;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function remote(url: string, document: unknown): RemoteDocument {
  return { contextUrl: null, documentUrl: url, document };
}

/** Finds the verification method `vmId` embedded in a controller (DID or issuer) document. */
function findVerificationMethod(
  controllerDoc: Record<string, unknown>,
  vmId: string,
): Record<string, unknown> | undefined {
  const docId = typeof controllerDoc['id'] === 'string' ? controllerDoc['id'] : '';
  for (const relationship of VERIFICATION_RELATIONSHIPS) {
    const raw = controllerDoc[relationship];
    const entries = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    for (const entry of entries) {
      if (!isRecord(entry) || typeof entry['id'] !== 'string') continue;
      const id = entry['id'].startsWith('#') ? docId + entry['id'] : entry['id'];
      if (id === vmId) return { ...entry, id };
    }
  }
  return undefined;
}

/** Gives a dereferenced key the context its suite expects (Multikey / Ed25519 2020). */
function withKeyContext(
  vm: Record<string, unknown>,
  controllerDoc: Record<string, unknown>,
): Record<string, unknown> {
  const context =
    vm['type'] === 'Multikey'
      ? MULTIKEY_CONTEXT
      : vm['type'] === 'Ed25519VerificationKey2020'
        ? ED25519_2020_CONTEXT
        : controllerDoc['@context'];
  return { ...vm, '@context': context, controller: vm['controller'] ?? controllerDoc['id'] };
}

/**
 * Document loader used while checking proofs: bundled contexts, plus dereferencing of
 * verification methods and their controller documents (DID Core §7.2 "DID URL dereferencing"):
 * - `did:key:…` offline, through @digitalbazaar/did-method-key (Ed25519 and P-256/P-384 Multikey);
 * - `did:web:…` through `fetcher` at the did:web URL ({@link didWebToUrl});
 * - `https://…` issuer documents through `fetcher` (the key is `<issuer URL>#<fragment>` and must
 *   be listed in the document, whose `id` must equal the URL).
 * Anything else rejects with {@link KeyResolutionError} (marked `transient` when the controller
 * document could not be fetched because of a transient failure). One loader memoises its look-ups:
 * create one per verification.
 */
export function createKeyResolvingLoader(fetcher: Fetcher | undefined): DocumentLoader {
  const controllerDocs = new Map<string, Promise<Record<string, unknown>>>();

  const loadControllerDoc = (base: string, fetchUrl: string, vmUrl: string) => {
    let pending = controllerDocs.get(base);
    if (!pending) {
      pending = (async () => {
        if (!fetcher) {
          throw new KeyResolutionError(vmUrl, `No fetcher configured to resolve ${base}`);
        }
        let doc: unknown;
        try {
          doc = await fetcher.fetchJson(fetchUrl);
        } catch (error) {
          const transient = isTransientFetchFailure(error);
          const why = error instanceof Error ? `: ${error.message}` : '';
          throw new KeyResolutionError(
            vmUrl,
            transient
              ? `Could not retrieve ${fetchUrl} to resolve ${base} (temporary failure${why}); the key could not be checked, re-verification retries`
              : `Could not retrieve ${fetchUrl} to resolve ${base}${why}`,
            false,
            { cause: error, transient },
          );
        }
        if (!isRecord(doc) || doc['id'] !== base) {
          throw new KeyResolutionError(vmUrl, `Document at ${fetchUrl} is not the controller document of ${base}`);
        }
        return doc;
      })();
      controllerDocs.set(base, pending);
    }
    return pending;
  };

  return async (url: string): Promise<RemoteDocument> => {
    const context = getBundledRemoteContext(url);
    if (context !== undefined) return context;

    const hashIndex = url.indexOf('#');
    const base = hashIndex >= 0 ? url.slice(0, hashIndex) : url;

    if (url.startsWith('did:key:')) {
      try {
        return remote(url, await getDidKeyDriver().get({ url }));
      } catch (error) {
        throw new KeyResolutionError(url, `Cannot resolve did:key ${url}`, false, { cause: error });
      }
    }

    let fetchUrl: string;
    if (url.startsWith('did:web:')) {
      try {
        fetchUrl = didWebToUrl(base);
      } catch (error) {
        throw new KeyResolutionError(url, `Invalid did:web DID ${base}`, false, { cause: error });
      }
    } else if (url.startsWith('https://')) {
      fetchUrl = base;
    } else if (url.startsWith('did:')) {
      throw new KeyResolutionError(url, `Unsupported DID method in ${url} (supported: did:key, did:web)`);
    } else {
      throw new KeyResolutionError(url, `Cannot dereference "${url}": not a did:key, did:web or https URL`);
    }

    const doc = await loadControllerDoc(base, fetchUrl, url);
    if (hashIndex < 0) return remote(url, doc);
    const vm = findVerificationMethod(doc, url);
    if (!vm) throw new KeyResolutionError(url, `Key ${url} is not listed in the document of ${base}`);
    return remote(url, withKeyContext(vm, doc));
  };
}
