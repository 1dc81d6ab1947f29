import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createVerifyCryptosuite as createEcdsaSd2023Verify } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import type { DocumentLoader } from 'jsonld';
import type { JsonRecord } from './json-value';

/** Data Integrity cryptosuites whose document transformation is RDFC-1.0 canonicalisation (same code in both packages). */
export const RDFC_CRYPTOSUITES: ReadonlySet<string> = new Set([eddsaRdfc2022.name, ecdsaRdfc2019.name]);

/**
 * RDFC-1.0 canonical N-Quads of a document without its proof, exactly as the `eddsa-rdfc-2022` /
 * `ecdsa-rdfc-2019` cryptosuites compute them (their own `canonize`, JSON-LD safe mode, base null;
 * VC DI EdDSA 1.0 §3.3.4 "Transformation").
 */
export function canonizeRdfc(unsignedDocument: JsonRecord, documentLoader: DocumentLoader): Promise<string> {
  return eddsaRdfc2022.canonize(unsignedDocument, { documentLoader, base: null, safe: true });
}

let suites: unknown[] | undefined;

function sharedSuites(): unknown[] {
  suites ??= [
    new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    new Ed25519Signature2020(),
    new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
    new DataIntegrityProof({ cryptosuite: createEcdsaSd2023Verify() }),
  ];
  return suites;
}

/** True when `input` is `document` without its `proof` member, as jsonld-signatures hands it to a suite (a shallow copy). */
function isUnsignedCopyOf(input: unknown, document: JsonRecord): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || 'proof' in input) return false;
  const record = input as JsonRecord;
  const keys = Object.keys(record);
  if (keys.length !== Object.keys(document).length - ('proof' in document ? 1 : 0)) return false;
  return keys.every((key) => record[key] === document[key]);
}

/** An already computed canonical form of the document a verification is about to check. */
export interface CanonicalDocument {
  /** The exact object passed to jsonld-signatures `verify` (with its proof). */
  document: JsonRecord;
  /** RDFC-1.0 N-Quads of `document` without `proof`, from {@link canonizeRdfc}. */
  nquads: string;
}

/**
 * The verification suites accepted for JSON-LD credentials: Data Integrity `eddsa-rdfc-2022`
 * (VC DI EdDSA 1.0 §3.1), `ecdsa-rdfc-2019` and `ecdsa-sd-2023` derived proofs (VC DI ECDSA 1.0
 * §3.2–3.3), and the legacy `Ed25519Signature2020` suite. The pre-Recommendation `eddsa-2022`
 * cryptosuite is not accepted.
 *
 * Without `canonical` the suites are created once and shared (they hold no per-verification state
 * that matters: DataIntegrityProof's hash memo is keyed by document identity). With it, the two RDFC
 * suites are created for this verification with a `canonize` that returns the given N-Quads for
 * that document instead of expanding and canonicalising it a second time (the structure check has
 * already done it with the same function and options); every other input — the proof
 * configuration, another document — goes to the cryptosuite's own `canonize`.
 */
export function getVerificationSuites(canonical?: CanonicalDocument): unknown[] {
  const shared = sharedSuites();
  if (!canonical) return shared;
  const reusing = (cryptosuite: typeof eddsaRdfc2022) =>
    new DataIntegrityProof({
      cryptosuite: {
        ...cryptosuite,
        canonize: (input: unknown, options: Parameters<typeof cryptosuite.canonize>[1]) =>
          isUnsignedCopyOf(input, canonical.document) ? Promise.resolve(canonical.nquads) : cryptosuite.canonize(input, options),
      },
    });
  return [reusing(eddsaRdfc2022), shared[1], reusing(ecdsaRdfc2019), shared[3]];
}
