import type { VerificationCheck } from '@skillproof/domain-model';
import type { Fetcher } from './fetcher';
import { algorithmFitsKey, checkAlgorithm, verifyJwsSignature, type DecodedJws } from './jws';
import { asArray, errorChain, idOf, isRecord, messageOf, type JsonRecord } from './json-value';
import { resolveJwsKey } from './jwt-key';
import { createKeyResolvingLoader } from './key-resolving-loader';
import { check, skipped } from './report';
import { checkCredentialStatus, type StatusCheckContext } from './status-list';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from './structure-check';
import { checkValidity } from './validity';
import { KeyResolutionError } from './verification.exception';

/** `typ` values accepted (VC-JWT 1.1 §6.3.1 "JWT"; VC-JOSE-COSE §3.1.1 `vc+jwt`, earlier `vc+ld+jwt`). */
const ACCEPTED_TYP = new Set(['JWT', 'vc+jwt', 'vc+ld+jwt', 'application/vc+jwt', 'application/vc+ld+jwt']);

/** What {@link verifyVcJwt} found. */
export interface VcJwtOutcome {
  checks: VerificationCheck[];
  evidence: Record<string, string>;
  /** The credential carried by the JWT (VC-JWT 1.1 `vc` claim with JWT claims applied, or the `vc+jwt` payload). */
  credential?: JsonRecord;
  /** Signature valid but the key is only an embedded `jwk` (issuer unproven). */
  unboundKey?: boolean;
}

type Extracted = { credential: JsonRecord; version: 1 | 2; problems: string[] };

function numericDate(value: unknown): Date | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}

/**
 * The credential of a VC-JWT: VC-JWT 1.1 (VC DM 1.1 §6.3.1) `vc` claim, to which `iss` → issuer,
 * `jti` → id, `sub` → credentialSubject.id, `nbf` → issuanceDate, `exp` → expirationDate are
 * applied (a present property that disagrees with its claim is MALFORMED); or the VC-JOSE-COSE
 * (`vc+jwt`) payload, which is the VC DM 2.0 credential itself.
 */
function extractCredential(payload: JsonRecord, header: JsonRecord): Extracted | string {
  const problems: string[] = [];
  const typ = header['typ'];
  const is2 = (typ === 'vc+jwt' || typ === 'vc+ld+jwt' || typ === 'application/vc+jwt') && payload['vc'] === undefined;
  if (is2 || (payload['@context'] !== undefined && payload['vc'] === undefined)) {
    const first = asArray(payload['@context'])[0];
    return { credential: payload, version: first === VC_V1_CONTEXT ? 1 : 2, problems };
  }
  const vc = payload['vc'];
  if (!isRecord(vc)) return 'The JWT has no "vc" claim (VC-JWT 1.1) and is not a vc+jwt credential';
  const credential: JsonRecord = { ...vc };
  const iss = payload['iss'];
  if (iss !== undefined) {
    const issuer = idOf(vc['issuer']);
    if (vc['issuer'] === undefined) credential['issuer'] = iss;
    else if (issuer !== iss) problems.push(`iss ${JSON.stringify(iss)} differs from vc.issuer ${JSON.stringify(issuer)}`);
  }
  const jti = payload['jti'];
  if (jti !== undefined) {
    if (vc['id'] === undefined) credential['id'] = jti;
    else if (vc['id'] !== jti) problems.push(`jti ${JSON.stringify(jti)} differs from vc.id ${JSON.stringify(vc['id'])}`);
  }
  const sub = payload['sub'];
  const subjects = asArray(vc['credentialSubject']);
  if (sub !== undefined && subjects.length === 1 && isRecord(subjects[0])) {
    const subjectId = subjects[0]['id'];
    if (subjectId === undefined) credential['credentialSubject'] = { ...subjects[0], id: sub };
    else if (subjectId !== sub) problems.push(`sub ${JSON.stringify(sub)} differs from credentialSubject.id ${JSON.stringify(subjectId)}`);
  }
  const nbf = numericDate(payload['nbf']);
  if (vc['issuanceDate'] === undefined && nbf) credential['issuanceDate'] = nbf.toISOString();
  const exp = numericDate(payload['exp']);
  if ((vc['expirationDate'] === undefined || vc['expirationDate'] === null) && exp) credential['expirationDate'] = exp.toISOString();
  const first = asArray(vc['@context'])[0];
  return { credential, version: first === VC_V2_CONTEXT ? 2 : 1, problems };
}

function checkJwtStructure(jws: DecodedJws, extracted: Extracted | string): VerificationCheck {
  const typ = jws.header['typ'];
  if (typ !== undefined && (typeof typ !== 'string' || !ACCEPTED_TYP.has(typ))) {
    return check('structure', 'FAIL', `Unexpected JWS typ ${JSON.stringify(typ)}`, 'MALFORMED');
  }
  if (jws.header['crit'] !== undefined) return check('structure', 'FAIL', 'JWS "crit" header parameters are not supported', 'MALFORMED');
  if (typeof extracted === 'string') return check('structure', 'FAIL', extracted, 'MALFORMED');
  if (extracted.problems.length > 0) return check('structure', 'FAIL', extracted.problems.join('; '), 'MALFORMED');
  const { credential } = extracted;
  const first = asArray(credential['@context'])[0];
  if (first !== VC_V2_CONTEXT && first !== VC_V1_CONTEXT) {
    return check('structure', 'FAIL', `The first @context must be ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`, 'MALFORMED');
  }
  if (!asArray(credential['type']).includes('VerifiableCredential')) {
    return check('structure', 'FAIL', 'type must include "VerifiableCredential"', 'MALFORMED');
  }
  const issuer = idOf(credential['issuer']);
  if (!issuer || !/^[A-Za-z][A-Za-z0-9+.-]*:\S/.test(issuer)) {
    return check('structure', 'FAIL', 'issuer must be a URL or an object with an id URL', 'MALFORMED');
  }
  const subjects = asArray(credential['credentialSubject']);
  if (subjects.length === 0 || !subjects.every(isRecord)) {
    return check('structure', 'FAIL', 'credentialSubject must be an object (or objects)', 'MALFORMED');
  }
  return check('structure', 'PASS', `Well-formed ${first === VC_V2_CONTEXT ? 'VC DM 2.0 vc+jwt' : 'VC-JWT 1.1'} credential`);
}

/** Validity from the credential dates and the JWT `nbf` / `exp` claims (RFC 7519 §4.1.4–5), as of `asOf`. */
function checkJwtValidity(payload: JsonRecord, extracted: Extracted, asOf: Date): VerificationCheck {
  const fromDates = checkValidity(extracted.credential, extracted.version, asOf);
  if (fromDates.outcome === 'FAIL') return fromDates;
  const exp = numericDate(payload['exp']);
  if (payload['exp'] !== undefined && !exp) return check('validity', 'FAIL', 'exp is not a NumericDate', 'MALFORMED');
  if (exp && asOf.getTime() > exp.getTime()) {
    return check('validity', 'FAIL', `Expired on ${exp.toISOString()} (JWT exp; checked as of ${asOf.toISOString()})`, 'EXPIRED');
  }
  const nbf = numericDate(payload['nbf']);
  if (payload['nbf'] !== undefined && !nbf) return check('validity', 'FAIL', 'nbf is not a NumericDate', 'MALFORMED');
  if (nbf && asOf.getTime() < nbf.getTime()) {
    return check('validity', 'FAIL', `Not valid before ${nbf.toISOString()} (JWT nbf; checked as of ${asOf.toISOString()})`, 'NOT_YET_VALID');
  }
  return fromDates;
}

/**
 * Signature and issuer binding of a JWS-secured credential (VC-JWT 1.1 / VC-JOSE-COSE §3.3):
 * the `alg` is classified first (none / HS* refused), the key is resolved from `kid` (or a bare `jwk`
 * header), must fit the algorithm, and the signature is checked with jose. Issuer binding: the key's
 * controller (DID or https issuer document) must equal the credential issuer; a bare `jwk` proves
 * only that key → issuer UNKNOWN VALID_UNBOUND_KEY ("signature valid, issuer unproven").
 */
export async function checkJwsProof(
  jws: DecodedJws,
  issuerId: string | undefined,
  fetcher: Fetcher | undefined,
): Promise<{ proof: VerificationCheck; issuer: VerificationCheck; evidence: Record<string, string>; unboundKey: boolean }> {
  const evidence: Record<string, string> = {};
  const alg = checkAlgorithm(jws.header['alg']);
  if (!alg.ok) {
    return { proof: check('proof', 'FAIL', alg.message, alg.code), issuer: skipped('issuer', 'no acceptable signature'), evidence, unboundKey: false };
  }
  evidence['alg'] = alg.alg;
  let key;
  try {
    key = await resolveJwsKey(jws.header, createKeyResolvingLoader(fetcher));
  } catch (error) {
    const cause = [...errorChain(error)].find((e): e is KeyResolutionError => e instanceof KeyResolutionError);
    const message = cause?.message ?? messageOf(error);
    if (cause?.unsupported) {
      return { proof: check('proof', 'FAIL', message, 'UNSUPPORTED'), issuer: skipped('issuer', 'unsupported key'), evidence, unboundKey: false };
    }
    return {
      proof: check('proof', 'UNKNOWN', `Signature not checked: ${message}`, 'KEY_UNRESOLVABLE'),
      // A transient fetch failure of the key's document: could not check (INDETERMINATE).
      issuer: check('issuer', cause?.transient ? 'UNKNOWN' : 'FAIL', message, 'KEY_UNRESOLVABLE'),
      evidence,
      unboundKey: false,
    };
  }
  evidence['verificationMethod'] = key.source;
  if (!algorithmFitsKey(alg.alg, key.jwk)) {
    return {
      proof: check('proof', 'FAIL', `Algorithm ${alg.alg} does not fit the ${String(key.jwk['kty'])}${key.jwk['crv'] ? ` ${String(key.jwk['crv'])}` : ''} key ${key.source}`, 'BAD_SIGNATURE'),
      issuer: skipped('issuer', 'no valid signature'),
      evidence,
      unboundKey: false,
    };
  }
  const signature = await verifyJwsSignature(jws, alg.alg, key.jwk);
  if (!signature.valid) {
    return {
      proof: check('proof', 'FAIL', `Invalid ${alg.alg} signature (key ${key.source}): ${signature.message}`, 'BAD_SIGNATURE'),
      issuer: skipped('issuer', 'no valid signature'),
      evidence,
      unboundKey: false,
    };
  }
  const proof = check('proof', 'PASS', `Valid ${alg.alg} JWS signature (key ${key.source})`);
  if (!key.controller) {
    return {
      proof,
      issuer: check('issuer', 'UNKNOWN', 'Signature valid, issuer unproven: the key is only embedded in the JWS header (jwk), nothing links it to the issuer', 'VALID_UNBOUND_KEY'),
      evidence,
      unboundKey: true,
    };
  }
  evidence['controller'] = key.controller;
  if (issuerId !== key.controller) {
    return { proof, issuer: check('issuer', 'FAIL', `Key controller ${key.controller} is not the issuer ${issuerId ?? '(none)'}`, 'ISSUER_KEY_MISMATCH'), evidence, unboundKey: false };
  }
  return { proof, issuer: check('issuer', 'PASS', `Key is an assertion method of the issuer ${issuerId}`), evidence, unboundKey: false };
}

/**
 * Verifies a VC-JWT 1.1 or `vc+jwt` credential: structure, signature + issuer binding (checked
 * whatever the structure, so a tampered and malformed JWT reports both), validity, status
 * (Bitstring Status List / StatusList2021 through `statusContext`). Never throws.
 */
export async function verifyVcJwt(
  jws: DecodedJws,
  options: { asOf: Date; fetcher?: Fetcher },
  statusContext: StatusCheckContext,
): Promise<VcJwtOutcome> {
  const extracted = extractCredential(jws.payload, jws.header);
  const structure = checkJwtStructure(jws, extracted);
  const credential = typeof extracted === 'string' ? undefined : extracted.credential;
  const issuerId = credential ? idOf(credential['issuer']) : undefined;
  const { proof, issuer, evidence, unboundKey } = await checkJwsProof(jws, issuerId, options.fetcher);
  evidence['format'] = 'VC_JWT';
  const checks: VerificationCheck[] = [structure, proof, issuer];
  if (typeof extracted === 'string') {
    checks.push(skipped('validity', 'no credential'), skipped('status', 'no credential'));
    return { checks, evidence, unboundKey };
  }
  checks.push(checkJwtValidity(jws.payload, extracted, options.asOf));
  if (structure.outcome !== 'PASS' || proof.outcome !== 'PASS') {
    checks.push(skipped('status', structure.outcome !== 'PASS' ? 'the credential is malformed' : 'the signature did not verify'));
  } else {
    const status = await checkCredentialStatus(extracted.credential, statusContext);
    Object.assign(evidence, status.evidence);
    checks.push(status.check);
  }
  return { checks, evidence, credential, unboundKey };
}
