import type { PersonCredential } from '@skillproof/dashboard-data-access';
import {
  CheckOutcomeBadge,
  EmptyState,
  humanizeCheckName,
  humanizeEnum,
  LocalDateTime,
  TableWrap,
  TrustedBadge,
  UtcDate,
  VerificationBadge,
} from '@skillproof/dashboard-ui';
import { Fragment, useState } from 'react';

const COLUMNS = 6;

export function CredentialsTable({ credentials }: { credentials: PersonCredential[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (credentials.length === 0) {
    return (
      <EmptyState title="No credentials yet">
        <p>Imported badges, certificates and licenses appear here with their verification report.</p>
      </EmptyState>
    );
  }

  return (
    <TableWrap label="Credentials" testId="credentials-table">
      <table className="table">
        <caption className="visually-hidden">Credentials with issuer, dates and verification status</caption>
        <thead>
          <tr>
            <th scope="col">Credential</th>
            <th scope="col">Issuer</th>
            <th scope="col">Issued</th>
            <th scope="col">Valid until</th>
            <th scope="col">Verification</th>
            <th scope="col">
              <span className="visually-hidden">Report</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {credentials.map((c) => {
            const isOpen = expanded.has(c.id);
            const detailsId = `credential-report-${c.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
            return (
              <Fragment key={c.id}>
                <tr className={isOpen ? 'is-expanded' : undefined}>
                  <th scope="row">
                    {c.name}
                    <span className="cell-sub">
                      {c.definition ? humanizeEnum(c.definition.kind) : null}
                      {c.definition ? ' · ' : null}
                      {c.format}
                    </span>
                  </th>
                  <td>
                    {c.issuer ? (
                      <>
                        {c.issuer.name} <TrustedBadge trusted={c.issuer.trusted} />
                      </>
                    ) : (
                      <span className="muted">Unknown issuer</span>
                    )}
                  </td>
                  <td>
                    <UtcDate value={c.issuedOn} />
                  </td>
                  <td>{c.validUntil ? <UtcDate value={c.validUntil} /> : <span className="muted">No expiry</span>}</td>
                  <td>
                    <VerificationBadge status={c.verification.status} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => toggle(c.id)}
                    >
                      <span aria-hidden="true" className={`caret${isOpen ? ' caret--open' : ''}`}>
                        ▸
                      </span>{' '}
                      {isOpen ? 'Hide checks' : 'Checks'}
                      <span className="visually-hidden"> for {c.name}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailsId} className="details-row" hidden={!isOpen}>
                  <td colSpan={COLUMNS}>{isOpen ? <VerificationReportView credential={c} /> : null}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

function VerificationReportView({ credential }: { credential: PersonCredential }) {
  const report = credential.verification;
  return (
    <div className="report">
      <p>
        <VerificationBadge status={report.status} /> checked <LocalDateTime value={report.checkedAt} />
        {credential.validFrom ? (
          <>
            {' '}
            · valid from <UtcDate value={credential.validFrom} />
          </>
        ) : null}
      </p>
      {report.status === 'CLAIMED' ? <p className="muted">Self-reported: shown, never counted as verified.</p> : null}
      {report.status === 'INDETERMINATE' ? (
        <p className="muted">Some checks could not be completed, so this credential does not count as verified.</p>
      ) : null}
      {report.reasons.length > 0 ? (
        <>
          <h3 className="subheading">Reasons</h3>
          <ul className="plain-list reasons">
            {report.reasons.map((r) => (
              <li key={r}>
                <code>{r}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.checks.length === 0 ? (
        <p className="muted">No individual checks were reported.</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">Verification checks</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Outcome</th>
              <th scope="col">Code</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {report.checks.map((check, i) => (
              <tr key={`${check.name}-${i}`}>
                <th scope="row">{humanizeCheckName(check.name)}</th>
                <td>
                  <CheckOutcomeBadge outcome={check.outcome} />
                </td>
                <td>{check.code ? <code>{check.code}</code> : <span className="muted">—</span>}</td>
                <td>{check.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
