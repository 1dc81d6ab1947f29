import type { ReasonCode, VerificationCheck, VerificationReport } from '@skillproof/domain-model';
import type { Fetcher } from './fetcher';
import { messageOf, type JsonRecord } from './json-value';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, parseCredentialInput } from './parse-credential-input';
import { extractParsedCredential, type ParsedCredential } from './parsed-credential';
import { checkProof } from './proof-check';
import { checkCredentialStatus } from './status-list';
import { checkStructure } from './structure-check';
import { checkValidity } from './validity';

/** Options of {@link verifyCredential}. */
export interface VerifyOptions {
  /** Instant the validity window and status are judged at. The wall clock is never used. */
  asOf: Date;
  /** Instant recorded as `checkedAt` (default: `asOf`). */
  now?: Date;
  /** Port for did:web / https issuer documents and status lists. Without it those checks fail or are UNKNOWN. */
  fetcher?: Fetcher;
  /** Maximum input size in UTF-8 bytes (default 1 000 000). Larger input → FAILED TOO_LARGE. */
  maxBytes?: number;
  /** Maximum JSON nesting depth (default 64). Deeper input → FAILED MALFORMED. */
  maxDepth?: number;
}

/** Result of {@link verifyCredential}: the report, and what was read from the credential. */
export interface VerificationResult {
  report: VerificationReport;
  /** Present whenever the input is a JSON object (also for failed verifications). */
  credential?: ParsedCredential;
}

const CHECK_ORDER: VerificationCheck['name'][] = ['structure', 'proof', 'issuer', 'validity', 'status'];

function skipped(name: VerificationCheck['name'], why: string): VerificationCheck {
  return { name, outcome: 'UNKNOWN', message: `Not checked: ${why}` };
}

/** Overall status and reasons (PRODUCT.md §3): FAILED if any FAIL, INDETERMINATE if any UNKNOWN. */
function buildReport(
  checks: VerificationCheck[],
  options: VerifyOptions,
  evidence: Record<string, string>,
): VerificationReport {
  const ordered = CHECK_ORDER.map((name) => checks.find((c) => c.name === name)).filter(
    (c): c is VerificationCheck => c !== undefined,
  );
  const status = ordered.some((c) => c.outcome === 'FAIL')
    ? 'FAILED'
    : ordered.some((c) => c.outcome === 'UNKNOWN')
      ? 'INDETERMINATE'
      : 'VERIFIED';
  const reasons: ReasonCode[] = [];
  for (const check of ordered) {
    if (check.outcome !== 'PASS' && check.code && !reasons.includes(check.code)) reasons.push(check.code);
  }
  return {
    status,
    checkedAt: options.now ?? options.asOf,
    asOf: options.asOf,
    checks: ordered,
    reasons: status === 'VERIFIED' ? ['VALID'] : reasons,
    evidence,
  };
}

async function runChecks(
  credential: JsonRecord,
  options: VerifyOptions,
  includeStatus: boolean,
  evidence: Record<string, string>,
): Promise<VerificationCheck[]> {
  const structure = await checkStructure(credential);
  const checks: VerificationCheck[] = [structure.check];
  if (structure.vcVersion) {
    checks.push(checkValidity(credential, structure.vcVersion, options.asOf));
  } else {
    checks.push(skipped('validity', 'unknown data model version'));
  }
  if (structure.check.outcome !== 'PASS') {
    const why = structure.check.code === 'UNSIGNED' ? 'the credential has no proof' : 'the document is malformed';
    if (structure.check.code === 'UNSIGNED') {
      checks.push({ name: 'proof', outcome: 'FAIL', code: 'UNSIGNED', message: 'The credential has no proof' });
    } else {
      checks.push(skipped('proof', why));
    }
    checks.push(skipped('issuer', why));
    if (includeStatus) checks.push(skipped('status', why));
    return checks;
  }
  const proof = await checkProof(credential, options.fetcher);
  Object.assign(evidence, proof.evidence);
  checks.push(proof.proof, proof.issuer);
  if (!includeStatus) return checks;
  if (proof.proof.outcome !== 'PASS') {
    checks.push(skipped('status', 'the proof did not verify'));
    return checks;
  }
  const status = await checkCredentialStatus(credential, {
    fetcher: options.fetcher,
    verifyListCredential: async (document) => {
      const parsed = parseCredentialInput(document as object, limits(options));
      if (parsed.kind !== 'json') {
        return buildReport([{ name: 'structure', outcome: 'FAIL', code: 'MALFORMED', message: 'Status list is not a JSON object' }], options, {});
      }
      // A list is shared by thousands of credentials: memoise its verification per fetcher,
      // list content and asOf (the only inputs of the result).
      const cache = listReportCache(options.fetcher);
      const cacheKey = `${parsed.contentHash}|${options.asOf.toISOString()}`;
      let report = cache.get(cacheKey);
      if (!report) {
        report = buildReport(await runChecks(parsed.value, options, false, {}), options, {});
        cache.set(cacheKey, report);
        if (cache.size > LIST_CACHE_SIZE) cache.delete(cache.keys().next().value ?? cacheKey);
      }
      return report;
    },
  });
  Object.assign(evidence, status.evidence);
  checks.push(status.check);
  return checks;
}

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

function limits(options: VerifyOptions): { maxBytes: number; maxDepth: number } {
  return { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH };
}

function failedInput(code: ReasonCode, message: string, options: VerifyOptions): VerificationReport {
  return buildReport(
    [
      { name: 'structure', outcome: 'FAIL', code, message },
      ...(['proof', 'issuer', 'validity', 'status'] as const).map((name) => skipped(name, 'the input was rejected')),
    ],
    options,
    {},
  );
}

/**
 * Verifies a JSON-LD verifiable credential (Open Badges 3.0 §8 "Verification and Validation",
 * VC DM 2.0 / 1.1 with Data Integrity proofs) as of `options.asOf`, offline except for the
 * `fetcher` port. Checks, in report order:
 * structure (checkStructure), proof and issuer (checkProof), validity (checkValidity), status
 * (checkCredentialStatus). The proof is checked independently of the dates, so an expired and
 * tampered credential reports both EXPIRED and BAD_SIGNATURE.
 *
 * @param document credential as JSON text or a parsed object. A compact JWS (VC-JWT) is
 *   recognised and reported FAILED / UNSUPPORTED for now.
 * @returns report (VERIFIED / FAILED / INDETERMINATE with reasons) and, for JSON object input,
 *   the {@link ParsedCredential}.
 * @throws TypeError only for an invalid `options.asOf`; hostile, malformed, too large or too deep
 *   input yields a FAILED report (MALFORMED / TOO_LARGE) instead.
 */
export async function verifyCredential(document: string | object, options: VerifyOptions): Promise<VerificationResult> {
  if (!(options.asOf instanceof Date) || Number.isNaN(options.asOf.getTime())) {
    throw new TypeError('verifyCredential: options.asOf must be a valid Date');
  }
  const parsed = parseCredentialInput(document, limits(options));
  if (parsed.kind === 'error') return { report: failedInput(parsed.code, parsed.message, options) };
  if (parsed.kind === 'jwt') {
    const report = failedInput('UNSUPPORTED', 'VC-JWT (compact JWS) verification is not supported yet', options);
    return { report: { ...report, evidence: { contentHash: parsed.contentHash } } };
  }
  const credential = extractParsedCredential(parsed.value, parsed.contentHash);
  const evidence: Record<string, string> = { contentHash: parsed.contentHash };
  try {
    const checks = await runChecks(parsed.value, options, true, evidence);
    return { report: buildReport(checks, options, evidence), credential };
  } catch (error) {
    // Defensive: every check catches its own errors; anything escaping is reported, not thrown.
    return { report: failedInput('MALFORMED', `Verification error: ${messageOf(error)}`, options), credential };
  }
}
