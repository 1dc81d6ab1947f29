import { verify, type ProofVerifyResult } from 'jsonld-signatures';
import { CredentialIssuancePurpose } from '@digitalbazaar/vc';
import type { ReasonCode, VerificationCheck } from '@skillproof/domain-model';
import type { Fetcher } from './fetcher';
import { asArray, errorChain, idOf, isRecord, messageOf, type JsonRecord } from './json-value';
import { createKeyResolvingLoader } from './key-resolving-loader';
import { getVerificationSuites } from './proof-suites';
import { KeyResolutionError } from './verification.exception';

export interface ProofCheckResult {
  proof: VerificationCheck;
  issuer: VerificationCheck;
  evidence: Record<string, string>;
}

function check(
  name: 'proof' | 'issuer',
  outcome: VerificationCheck['outcome'],
  message: string,
  code?: ReasonCode,
): VerificationCheck {
  return code ? { name, outcome, code, message } : { name, outcome, message };
}

function describeProof(proof: unknown): string {
  if (!isRecord(proof)) return 'proof';
  const suite = typeof proof['cryptosuite'] === 'string' ? `${String(proof['type'])}/${proof['cryptosuite']}` : String(proof['type']);
  return `${suite} by ${String(idOf(proof['verificationMethod']) ?? '?')}`;
}

type Failure = 'binding' | 'signature' | 'key' | 'unreachable' | 'unsupported' | 'malformed';

function classify(result: ProofVerifyResult): { kind: Failure; message: string } {
  for (const cause of errorChain(result.error)) {
    if (cause instanceof KeyResolutionError) {
      return { kind: cause.unsupported ? 'unsupported' : cause.transient ? 'unreachable' : 'key', message: cause.message };
    }
  }
  const vm = idOf(result.proof['verificationMethod']);
  if (typeof vm === 'string' && vm.startsWith('did:') && !vm.includes('#')) {
    return { kind: 'unsupported', message: `verificationMethod ${vm} is a DID, not a key (DID URL with #fragment required)` };
  }
  if (result.purposeResult && !result.purposeResult.valid) {
    return { kind: 'binding', message: messageOf(result.purposeResult.error) };
  }
  for (const cause of errorChain(result.error)) {
    if (isRecord(cause) && cause['name'] === 'jsonld.ValidationError') {
      return { kind: 'malformed', message: `JSON-LD safe mode: ${messageOf(cause)}` };
    }
  }
  return { kind: 'signature', message: messageOf(result.error) };
}

/**
 * Proof and issuer-binding checks (VC Data Integrity 1.0 §4.3 "Verify Proof", VC DM 2.0 §4.12,
 * OB 3.0 §8.3 "Verify proof"). At least one proof must verify with an accepted suite
 * (see proof-suites.ts) for proof purpose `assertionMethod`, and the verification method must be
 * listed under `assertionMethod` of its controller whose id equals the credential `issuer`.
 *
 * - proof: PASS, FAIL BAD_SIGNATURE, FAIL UNSUPPORTED (no proof of an accepted suite / bare DID
 *   as key), FAIL MALFORMED, UNKNOWN KEY_UNRESOLVABLE (no key to check against).
 * - issuer: PASS, FAIL ISSUER_KEY_MISMATCH (valid signature by a key the issuer does not control),
 *   FAIL KEY_UNRESOLVABLE (no such key, unsupported method, document without the key), UNKNOWN
 *   KEY_UNRESOLVABLE (controller document unreachable because of a transient fetch failure:
 *   "could not check"), UNKNOWN (not evaluated because the signature is invalid).
 * Keys are resolved offline for did:key, through `fetcher` for did:web and https issuer documents.
 * Dates are not looked at here. Never throws.
 *
 * @param canonicalNquads RDFC-1.0 N-Quads of `credential` without its proof, when already computed
 *   (structure check): reused by the RDFC suites instead of a second canonicalisation.
 */
export async function checkProof(credential: JsonRecord, fetcher: Fetcher | undefined, canonicalNquads?: string): Promise<ProofCheckResult> {
  const evidence: Record<string, string> = {};
  let outcome;
  try {
    const document = structuredClone(credential);
    outcome = await verify(document, {
      suite: getVerificationSuites(canonicalNquads === undefined ? undefined : { document, nquads: canonicalNquads }),
      purpose: new CredentialIssuancePurpose(),
      documentLoader: createKeyResolvingLoader(fetcher),
    });
  } catch (error) {
    outcome = { verified: false, error };
  }

  if (outcome.verified) {
    // One valid proof is enough (VC DI 1.0 §4.3), but an INVALID signature of an accepted suite
    // next to it means the document was tampered with: fail rather than ignore it.
    const tampered = (outcome.results ?? [])
      .filter((r) => !r.verified)
      .map((r) => ({ ...classify(r), proof: r.proof }))
      .find((f) => f.kind === 'signature' || f.kind === 'malformed');
    if (tampered) {
      return {
        proof: check('proof', 'FAIL', `Invalid signature (${describeProof(tampered.proof)}) next to a valid proof: ${tampered.message}`, 'BAD_SIGNATURE'),
        issuer: check('issuer', 'UNKNOWN', 'Not checked: a proof is invalid'),
        evidence,
      };
    }
    const good = outcome.results?.find((r) => r.verified);
    const vm = good ? idOf(good.proof['verificationMethod']) : undefined;
    if (vm) evidence['verificationMethod'] = vm;
    if (good && typeof good.proof['cryptosuite'] === 'string') evidence['cryptosuite'] = good.proof['cryptosuite'];
    if (good && typeof good.proof['type'] === 'string') evidence['proofType'] = good.proof['type'];
    const controller = good?.purposeResult?.controller?.id;
    if (controller) evidence['controller'] = controller;
    return {
      proof: check('proof', 'PASS', `Valid ${good ? describeProof(good.proof) : 'proof'}`),
      issuer: check('issuer', 'PASS', `Key is an assertion method of the issuer ${controller ?? idOf(credential['issuer']) ?? ''}`.trim()),
      evidence,
    };
  }

  const results = outcome.results ?? [];
  if (results.length === 0) {
    const message = [...errorChain(outcome.error)].map(messageOf).join(' / ');
    if (/insufficient proofs matched/i.test(message)) {
      const kinds = asArray(credential['proof']).map(describeProof).join(', ');
      return {
        proof: check('proof', 'FAIL', `No proof of an accepted suite and purpose assertionMethod (found: ${kinds})`, 'UNSUPPORTED'),
        issuer: check('issuer', 'UNKNOWN', 'Not checked: no usable proof'),
        evidence,
      };
    }
    if (/No matching proofs found/i.test(message)) {
      return {
        proof: check('proof', 'FAIL', 'The credential has no proof', 'UNSIGNED'),
        issuer: check('issuer', 'UNKNOWN', 'Not checked: no proof'),
        evidence,
      };
    }
    return {
      proof: check('proof', 'FAIL', `Proof verification failed: ${message}`, 'MALFORMED'),
      issuer: check('issuer', 'UNKNOWN', 'Not checked: proof could not be processed'),
      evidence,
    };
  }

  const failures = results.map((r) => ({ ...classify(r), proof: r.proof }));
  const first = (kind: Failure) => failures.find((f) => f.kind === kind);
  const binding = first('binding');
  if (binding) {
    return {
      proof: check('proof', 'PASS', `Signature valid (${describeProof(binding.proof)})`),
      issuer: check('issuer', 'FAIL', `Key not bound to the issuer: ${binding.message}`, 'ISSUER_KEY_MISMATCH'),
      evidence,
    };
  }
  const signature = first('signature');
  if (signature) {
    return {
      proof: check('proof', 'FAIL', `Invalid signature (${describeProof(signature.proof)}): ${signature.message}`, 'BAD_SIGNATURE'),
      issuer: check('issuer', 'UNKNOWN', 'Not checked: no valid signature'),
      evidence,
    };
  }
  const malformed = first('malformed');
  if (malformed) {
    return {
      proof: check('proof', 'FAIL', malformed.message, 'MALFORMED'),
      issuer: check('issuer', 'UNKNOWN', 'Not checked: proof could not be processed'),
      evidence,
    };
  }
  const key = first('key');
  const unreachable = first('unreachable');
  if (unreachable && !key) {
    // Transient fetch failure of the controller document: could not check (INDETERMINATE), the
    // scheduled re-verification retries. A fetched document that lacks the key stays a FAIL.
    return {
      proof: check('proof', 'UNKNOWN', `Signature not checked: ${unreachable.message}`, 'KEY_UNRESOLVABLE'),
      issuer: check('issuer', 'UNKNOWN', unreachable.message, 'KEY_UNRESOLVABLE'),
      evidence,
    };
  }
  if (key) {
    return {
      proof: check('proof', 'UNKNOWN', `Signature not checked: ${key.message}`, 'KEY_UNRESOLVABLE'),
      issuer: check('issuer', 'FAIL', key.message, 'KEY_UNRESOLVABLE'),
      evidence,
    };
  }
  const unsupported = failures[0];
  return {
    proof: check('proof', 'FAIL', unsupported.message, 'UNSUPPORTED'),
    issuer: check('issuer', 'UNKNOWN', 'Not checked: unsupported verification method'),
    evidence,
  };
}
