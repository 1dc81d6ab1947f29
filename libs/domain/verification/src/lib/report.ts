import type { CheckName, ReasonCode, VerificationCheck, VerificationReport } from '@skillproof/domain-model';

/** Order in which checks are reported. `trust` never enters the report: see VerificationResult.issuerTrusted. */
export const CHECK_ORDER: CheckName[] = ['structure', 'proof', 'issuer', 'validity', 'status', 'recipient'];

/** A check that could not run (UNKNOWN, no code). */
export function skipped(name: CheckName, why: string): VerificationCheck {
  return { name, outcome: 'UNKNOWN', message: `Not checked: ${why}` };
}

/** A check with an optional reason code. */
export function check(name: CheckName, outcome: VerificationCheck['outcome'], message: string, code?: ReasonCode): VerificationCheck {
  return code ? { name, outcome, code, message } : { name, outcome, message };
}

/**
 * Overall status and reasons (PRODUCT.md §3): FAILED if any check FAILs, INDETERMINATE if none
 * fails and some is UNKNOWN, VERIFIED when all pass. Reasons list the codes of the non-passing
 * checks in report order, or ['VALID'] when verified.
 */
export function buildReport(
  checks: VerificationCheck[],
  times: { asOf: Date; now?: Date },
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
  for (const c of ordered) {
    if (c.outcome !== 'PASS' && c.code && !reasons.includes(c.code)) reasons.push(c.code);
  }
  return {
    status,
    checkedAt: times.now ?? times.asOf,
    asOf: times.asOf,
    checks: ordered,
    reasons: status === 'VERIFIED' ? ['VALID'] : reasons,
    evidence,
  };
}

/** Report of an input rejected before any verification (structure FAIL, the rest not checked). */
export function failedInput(code: ReasonCode, message: string, times: { asOf: Date; now?: Date }, evidence: Record<string, string> = {}): VerificationReport {
  return buildReport(
    [
      { name: 'structure', outcome: 'FAIL', code, message },
      ...(['proof', 'issuer', 'validity', 'status'] as const).map((name) => skipped(name, 'the input was rejected')),
    ],
    times,
    evidence,
  );
}
