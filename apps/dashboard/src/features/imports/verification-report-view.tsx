import type { ImportedCheck } from '@skillproof/dashboard-data-access';
import { CheckOutcomeBadge, humanizeCheckName, VerificationBadge } from '@skillproof/dashboard-ui';

/**
 * A stored verification report: the overall status and every check with its outcome and message
 * (UNKNOWN reads "Could not check", never "not revoked").
 */
export function VerificationReportView({ status, reasons, checks }: { status: string; reasons: readonly string[]; checks: readonly ImportedCheck[] }) {
  return (
    <div className="import-report">
      <p>
        <VerificationBadge status={status} />{' '}
        {reasons.length ? <span className="import-report__reasons">Reasons: {reasons.join(', ')}</span> : null}
      </p>
      {checks.length ? (
        <ul className="import-report__checks" aria-label="Verification checks">
          {checks.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <strong>{humanizeCheckName(c.name)}</strong> <CheckOutcomeBadge outcome={c.outcome} />{' '}
              <span>{c.message}</span>
              {c.code ? <code className="import-report__code"> {c.code}</code> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No checks were recorded.</p>
      )}
    </div>
  );
}
