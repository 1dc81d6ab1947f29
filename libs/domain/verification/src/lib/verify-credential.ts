import type { VerificationCheck, VerificationReport } from '@skillproof/domain-model';
import type { Fetcher } from './fetcher';
import { decodeCompactJws } from './jws';
import { asArray, isRecord, messageOf, type JsonRecord } from './json-value';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, parseCredentialInput, type InputLimits } from './parse-credential-input';
import { extractParsedCredential, type ParsedCredential } from './parsed-credential';
import { checkProof } from './proof-check';
import { checkRecipient, matchRecipient, type RecipientCandidates, type RecipientMatch } from './recipient';
import { buildReport, check, failedInput, skipped } from './report';
import { checkCredentialStatus, type StatusCheckContext } from './status-list';
import { checkStructure } from './structure-check';
import { checkValidity } from './validity';
import { extractOb2Credential, isOb2Assertion, verifyOb2Hosted, verifyOb2Signed, type Ob2Outcome } from './verify-ob2';
import { verifyVcJwt } from './verify-vc-jwt';
import { contentHash } from './content-hash';

/** Options of {@link verifyCredential}. */
export interface VerifyOptions {
  /** Instant the validity window and status are judged at. The wall clock is never used. */
  asOf: Date;
  /** Instant recorded as `checkedAt` (default: `asOf`). */
  now?: Date;
  /** Port for did:web / https issuer documents, hosted OB 2.0 documents and status lists. Without it those checks fail or are UNKNOWN. */
  fetcher?: Fetcher;
  /** Maximum input size in UTF-8 bytes (default 1 000 000). Larger input → FAILED TOO_LARGE, before parsing. */
  maxBytes?: number;
  /** Maximum JSON nesting depth (default 64). Deeper input → FAILED MALFORMED, before parsing. */
  maxDepth?: number;
  /**
   * Maximum number of JSON objects + arrays + array items (default 20 000): bounds the blank nodes
   * and quads canonicalisation would work on. More → FAILED TOO_LARGE, before parsing.
   */
  maxNodes?: number;
  /**
   * The person the credential is judged against (PRODUCT.md §3 recipient binding). When given, a
   * `recipient` check is added (FAIL RECIPIENT_MISMATCH when the credential names someone else);
   * when omitted the credential is verified for authenticity alone and the check is absent.
   */
  recipient?: RecipientCandidates;
  /**
   * Issuer ids / DIDs the organisation trusts. Trust is a separate flag (PRODUCT.md §3), never part
   * of the overall status: see {@link VerificationResult.issuerTrusted}.
   */
  trustedIssuers?: string[];
}

/** Result of {@link verifyCredential}: the report, and what was read from the credential. */
export interface VerificationResult {
  report: VerificationReport;
  /** Present whenever a credential could be read (also for failed verifications). */
  credential?: ParsedCredential;
  /**
   * True when the issuer is proven (issuer check PASS) AND on `options.trustedIssuers`. Never
   * affects `report.status`: a requirement may demand a trusted issuer (PRODUCT.md §3).
   */
  issuerTrusted: boolean;
  /** The recipient match, when `options.recipient` was given. */
  recipient?: RecipientMatch;
  /**
   * CLR 2.0: the result of every nested credential, in document order. The outer report covers the
   * outer credential; each nested credential counts only by its own status.
   */
  nested?: VerificationResult[];
}

/** Nested credentials of a CLR are verified one level deep (a CLR inside a CLR is verified, not opened). */
const MAX_NESTING = 1;
const LIST_CACHE_SIZE = 256;
const NO_FETCHER = {};
const listReports = new WeakMap<object, Map<string, VerificationReport>>();

function listReportCache(fetcher: Fetcher | undefined): Map<string, VerificationReport> {
  const owner = fetcher ?? NO_FETCHER;
  let cache = listReports.get(owner);
  if (!cache) {
    cache = new Map();
    listReports.set(owner, cache);
  }
  return cache;
}

function limits(options: VerifyOptions): InputLimits {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
  };
}

/** Status check context: status list credentials verified (structure, proof, issuer, validity), memoised per fetcher, content and asOf. */
function statusContext(options: VerifyOptions): StatusCheckContext {
  return {
    fetcher: options.fetcher,
    verifyListCredential: async (document) => {
      const parsed = parseCredentialInput(document as object, limits(options));
      if (parsed.kind !== 'json') {
        return buildReport([check('structure', 'FAIL', 'Status list is not a JSON object', 'MALFORMED')], options, {});
      }
      // A list is shared by thousands of credentials: memoise its verification per fetcher, list
      // content and asOf (the only inputs of the result).
      const cache = listReportCache(options.fetcher);
      const cacheKey = `${parsed.contentHash}|${options.asOf.toISOString()}`;
      let report = cache.get(cacheKey);
      if (!report) {
        report = buildReport(await runJsonLdChecks(parsed.value, options, false, {}), options, {});
        cache.set(cacheKey, report);
        if (cache.size > LIST_CACHE_SIZE) cache.delete(cache.keys().next().value ?? cacheKey);
      }
      return report;
    },
  };
}

async function runJsonLdChecks(
  credential: JsonRecord,
  options: VerifyOptions,
  includeStatus: boolean,
  evidence: Record<string, string>,
): Promise<VerificationCheck[]> {
  const structure = await checkStructure(credential);
  const checks: VerificationCheck[] = [structure.check];
  checks.push(structure.vcVersion ? checkValidity(credential, structure.vcVersion, options.asOf) : skipped('validity', 'unknown data model version'));
  if (structure.check.outcome !== 'PASS') {
    const why = structure.check.code === 'UNSIGNED' ? 'the credential has no proof' : 'the document is malformed';
    // A malformed document without any proof reports both MALFORMED and UNSIGNED.
    const unsigned = structure.check.code === 'UNSIGNED' || asArray(credential['proof']).length === 0;
    checks.push(unsigned ? check('proof', 'FAIL', 'The credential has no proof', 'UNSIGNED') : skipped('proof', why));
    checks.push(skipped('issuer', why));
    if (includeStatus) checks.push(skipped('status', why));
    return checks;
  }
  const proof = await checkProof(credential, options.fetcher, structure.canonicalNquads);
  Object.assign(evidence, proof.evidence);
  checks.push(proof.proof, proof.issuer);
  if (!includeStatus) return checks;
  if (proof.proof.outcome !== 'PASS') {
    checks.push(skipped('status', 'the proof did not verify'));
    return checks;
  }
  const status = await checkCredentialStatus(credential, statusContext(options));
  Object.assign(evidence, status.evidence);
  checks.push(status.check);
  return checks;
}

/**
 * CLR 2.0 §"ClrSubject.verifiableCredential": each nested credential is verified on its own (same
 * asOf and fetcher, no recipient). The outer report covers the outer credential only (its proof
 * covers the nested documents as data); every nested credential counts by its own result, and
 * `evidence.nested` summarises them.
 */
async function verifyNested(credential: JsonRecord, options: VerifyOptions, depth: number): Promise<{ summary?: string; nested?: VerificationResult[] }> {
  if (!asArray(credential['type']).includes('ClrCredential')) return {};
  if (depth >= MAX_NESTING) return { summary: 'nested CLR not opened (one level only)' };
  const items = asArray(credential['credentialSubject']).flatMap((s) => (isRecord(s) ? asArray(s['verifiableCredential']) : []));
  const nestedOptions: VerifyOptions = { ...options, recipient: undefined };
  const nested: VerificationResult[] = [];
  for (const item of items) {
    nested.push(
      typeof item === 'string' || isRecord(item)
        ? await verifyAt(item, nestedOptions, depth + 1)
        : { report: failedInput('MALFORMED', 'A nested credential must be an object or a compact JWS', options), issuerTrusted: false },
    );
  }
  const count = (status: string) => nested.filter((r) => r.report.status === status).length;
  return {
    summary: `${nested.length} nested: ${count('VERIFIED')} VERIFIED, ${count('FAILED')} FAILED, ${count('INDETERMINATE')} INDETERMINATE`,
    nested,
  };
}

function finish(
  checks: VerificationCheck[],
  evidence: Record<string, string>,
  credential: ParsedCredential | undefined,
  options: VerifyOptions,
  nested?: VerificationResult[],
): VerificationResult {
  let recipient: RecipientMatch | undefined;
  if (options.recipient) {
    recipient = credential ? matchRecipient(credential.subject, options.recipient) : undefined;
    checks.push(checkRecipient(credential?.subject, options.recipient));
  }
  const issuerProven = checks.some((c) => c.name === 'issuer' && c.outcome === 'PASS');
  const issuerId = credential?.issuer.id;
  const issuerTrusted = issuerProven && !!issuerId && (options.trustedIssuers ?? []).includes(issuerId);
  if (options.trustedIssuers) evidence['issuerTrusted'] = String(issuerTrusted);
  const result: VerificationResult = { report: buildReport(checks, options, evidence), issuerTrusted };
  if (credential) result.credential = credential;
  if (recipient) result.recipient = recipient;
  if (nested) result.nested = nested;
  return result;
}

function ob2Result(outcome: Ob2Outcome, hash: string, options: VerifyOptions): VerificationResult {
  return finish(outcome.checks, { contentHash: hash, ...outcome.evidence }, extractOb2Credential(outcome, hash), options);
}

async function verifyAt(document: string | object, options: VerifyOptions, depth: number): Promise<VerificationResult> {
  const times = options;
  if (typeof document === 'string' && /^https?:\/\/\S+$/i.test(document.trim())) {
    // The URL of a hosted OB 2.0 assertion: the fetched copy is the credential.
    const url = document.trim();
    return ob2Result(await verifyOb2Hosted(undefined, url, options), contentHash(url), options);
  }
  const parsed = parseCredentialInput(document, limits(options));
  if (parsed.kind === 'error') return { report: failedInput(parsed.code, parsed.message, times), issuerTrusted: false };
  if (parsed.kind === 'jwt') {
    const decoded = decodeCompactJws(parsed.text, limits(options).maxDepth);
    const evidence: Record<string, string> = { contentHash: parsed.contentHash };
    if (!decoded.ok) return { report: failedInput('MALFORMED', decoded.message, times, evidence), issuerTrusted: false };
    if (isOb2Assertion(decoded.jws.payload)) return ob2Result(await verifyOb2Signed(decoded.jws, options), parsed.contentHash, options);
    const outcome = await verifyVcJwt(decoded.jws, options, statusContext(options));
    const credential = outcome.credential ? extractParsedCredential(outcome.credential, parsed.contentHash, 'VC_JWT') : undefined;
    const nested = outcome.credential ? await verifyNested(outcome.credential, options, depth) : {};
    if (nested.summary) evidence['nested'] = nested.summary;
    return finish(outcome.checks, { ...evidence, ...outcome.evidence }, credential, options, nested.nested);
  }
  if (isOb2Assertion(parsed.value)) return ob2Result(await verifyOb2Hosted(parsed.value, undefined, options), parsed.contentHash, options);
  const credential = extractParsedCredential(parsed.value, parsed.contentHash);
  const evidence: Record<string, string> = { contentHash: parsed.contentHash };
  const checks = await runJsonLdChecks(parsed.value, options, true, evidence);
  const nested = await verifyNested(parsed.value, options, depth);
  if (nested.summary) evidence['nested'] = nested.summary;
  return finish(checks, evidence, credential, options, nested.nested);
}

/**
 * Verifies a credential as of `options.asOf`, offline except for the `fetcher` port
 * (PRODUCT.md §3; OB 3.0 §8 "Verification and Validation"; OB 2.0 §"Verification").
 *
 * Formats, recognised from the input:
 * - JSON-LD VC DM 2.0 / 1.1 (OB 3.0, CLR 2.0) with Data Integrity proofs (eddsa-rdfc-2022,
 *   Ed25519Signature2020, ecdsa-rdfc-2019, ecdsa-sd-2023);
 * - compact JWS: VC-JWT 1.1 / `vc+jwt` (EdDSA, ES256, ES384, ES256K, RS*, PS*), or an OB 2.0 signed assertion;
 * - an OB 2.0 hosted assertion (JSON), or the https URL of one (fetched: the hosted copy is the truth).
 *
 * Checks, in report order: structure, proof, issuer, validity, status, recipient (only with
 * `options.recipient`); a CLR's nested credentials get their own results (`nested`). The proof is checked independently of the dates, so an
 * expired and tampered credential reports both EXPIRED and BAD_SIGNATURE. Issuer trust is reported
 * apart ({@link VerificationResult.issuerTrusted}).
 *
 * Safe to call concurrently and inside worker threads: the only shared state is immutable
 * (bundled contexts, verification suites) or a per-fetcher memo of status list verifications.
 *
 * @param document credential as JSON text, a parsed object, a compact JWS, or an https URL.
 * @returns report (VERIFIED / FAILED / INDETERMINATE with reasons and evidence), the
 *   {@link ParsedCredential} when a credential could be read, trust flag, recipient match, nested results.
 * @throws TypeError only for an invalid `options.asOf`; hostile, malformed, too large or too deep
 *   input yields a FAILED report (MALFORMED / TOO_LARGE) instead.
 */
export async function verifyCredential(document: string | object, options: VerifyOptions): Promise<VerificationResult> {
  if (!(options.asOf instanceof Date) || Number.isNaN(options.asOf.getTime())) {
    throw new TypeError('verifyCredential: options.asOf must be a valid Date');
  }
  try {
    return await verifyAt(document, options, 0);
  } catch (error) {
    // Defensive: every check catches its own errors; anything escaping is reported, not thrown.
    return { report: failedInput('MALFORMED', `Verification error: ${messageOf(error)}`, options), issuerTrusted: false };
  }
}

/**
 * Verifies several credentials one after the other with the same options (same asOf, fetcher and
 * its caches), for bulk import workers. Each item gets its own result; one failure never affects
 * another.
 */
export async function verifyCredentialBatch(documents: (string | object)[], options: VerifyOptions): Promise<VerificationResult[]> {
  const results: VerificationResult[] = [];
  for (const document of documents) results.push(await verifyCredential(document, options));
  return results;
}
