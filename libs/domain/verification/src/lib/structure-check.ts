import { expand } from 'jsonld';
import type { VerificationCheck } from '@skillproof/domain-model';
import { bundledContextLoader, getBundledContext } from './document-loader';
import { asArray, errorChain, idOf, isRecord, messageOf, type JsonRecord } from './json-value';
import { canonizeRdfc, RDFC_CRYPTOSUITES } from './proof-suites';
import { UnknownContextError } from './verification.exception';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

export interface StructureResult {
  check: VerificationCheck;
  /** Data model version from the first `@context` (undefined when neither). */
  vcVersion?: 1 | 2;
  /**
   * RDFC-1.0 N-Quads of the credential without its proof, when a proof uses an RDFC Data Integrity
   * cryptosuite: the proof check reuses them instead of canonicalising the document again.
   */
  canonicalNquads?: string;
}

function fail(code: 'MALFORMED' | 'UNSIGNED', message: string, vcVersion?: 1 | 2): StructureResult {
  return { check: { name: 'structure', outcome: 'FAIL', code, message }, vcVersion };
}

/** Explains a jsonld.js expansion failure: unknown context URL, or the safe-mode event. */
function describeExpansionError(error: unknown): string {
  for (const cause of errorChain(error)) {
    if (cause instanceof UnknownContextError) return cause.message;
  }
  for (const cause of errorChain(error)) {
    if (isRecord(cause) && isRecord(cause['details']) && isRecord(cause['details']['event'])) {
      const event = cause['details']['event'];
      const details = isRecord(event['details']) ? JSON.stringify(event['details']).slice(0, 300) : '';
      return `JSON-LD safe mode rejected the document (${String(event['code'])}): ${String(event['message'] ?? '')} ${details}`.trim();
    }
  }
  return `JSON-LD expansion failed: ${messageOf(error)}`;
}

/**
 * Well-formedness of a JSON-LD verifiable credential:
 * - first `@context` is the VC DM 2.0 (§4.3) or 1.1 base context;
 * - `type` includes `VerifiableCredential` (VC DM 2.0 §4.5);
 * - `issuer` is a URL or an object with an `id` (§4.7); `credentialSubject` present (§4.8);
 * - the document expands (and, with an RDFC Data Integrity proof, converts to RDF and canonicalises)
 *   in JSON-LD **safe mode** with bundled contexts only, so undefined terms,
 *   relative `@type` values and unknown context URLs are errors instead of being dropped
 *   (VC Data Integrity 1.0 §4.6 "verify proof", JSON-LD 1.1 API safe mode);
 * - a `proof` is present (else FAIL UNSIGNED).
 * FAIL MALFORMED otherwise, with a message naming the problem (e.g. the unknown context URL).
 */
export async function checkStructure(credential: JsonRecord): Promise<StructureResult> {
  const contexts = asArray(credential['@context']);
  const vcVersion = contexts[0] === VC_V2_CONTEXT ? 2 : contexts[0] === VC_V1_CONTEXT ? 1 : undefined;
  if (!vcVersion) {
    return fail('MALFORMED', `The first @context must be ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`);
  }
  if (!asArray(credential['type']).includes('VerifiableCredential')) {
    return fail('MALFORMED', 'type must include "VerifiableCredential"', vcVersion);
  }
  const issuerId = idOf(credential['issuer']);
  if (!issuerId || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(issuerId)) {
    return fail('MALFORMED', 'issuer must be a URL or an object with an id URL', vcVersion);
  }
  const subjects = asArray(credential['credentialSubject']);
  if (subjects.length === 0 || !subjects.every(isRecord)) {
    return fail('MALFORMED', 'credentialSubject must be an object (or objects)', vcVersion);
  }
  const proofs = asArray(credential['proof']);
  let canonicalNquads: string | undefined;
  try {
    // Proofs are excluded: each accepted suite canonicalises its own proof in safe mode, and a
    // proof of an unknown type must not make an otherwise valid multi-proof credential malformed.
    const { proof: _proof, ...unsigned } = credential;
    const rdfcProof = proofs.some((p) => isRecord(p) && p['type'] === 'DataIntegrityProof' && RDFC_CRYPTOSUITES.has(String(p['cryptosuite'])));
    if (rdfcProof) {
      // Expansion (safe mode) is the first step of RDFC canonicalisation: do the whole
      // transformation once here, the proof check reuses its result.
      canonicalNquads = await canonizeRdfc(unsigned, bundledContextLoader);
    } else {
      await expand(unsigned, { documentLoader: bundledContextLoader, safe: true });
    }
  } catch (error) {
    return fail('MALFORMED', describeExpansionError(error), vcVersion);
  }
  if (proofs.length === 0) return fail('UNSIGNED', 'The credential has no proof', vcVersion);
  if (!proofs.every(isRecord)) return fail('MALFORMED', 'proof must be an object (or objects)', vcVersion);
  // The proof loader also dereferences keys through the fetcher: a proof may not smuggle in a
  // context URL that is not bundled (it would otherwise be looked up as a key document).
  for (const proof of proofs) {
    for (const context of asArray(proof['@context'])) {
      if (typeof context === 'string' && getBundledContext(context) === undefined) {
        return fail('MALFORMED', new UnknownContextError(context).message, vcVersion);
      }
    }
  }
  return {
    check: { name: 'structure', outcome: 'PASS', message: `Well-formed VC Data Model ${vcVersion === 2 ? '2.0' : '1.1'} credential` },
    vcVersion,
    canonicalNquads,
  };
}
