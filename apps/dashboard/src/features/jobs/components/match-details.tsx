import type { MatchRequirement } from '@skillproof/dashboard-data-access';
import {
  formatCost,
  formatHours,
  formatInferencePath,
  formatLevel,
  RequirementChip,
  TrustedBadge,
  UtcDate,
  VerificationBadge,
  Badge,
} from '@skillproof/dashboard-ui';

/** The per-requirement explanation of one match: evidence with its inference path, and how to close the gap. */
export function MatchDetails({ requirements, candidateLabel }: { requirements: MatchRequirement[]; candidateLabel: string }) {
  return (
    <div className="match-details">
      {requirements.map((r) => (
        <section key={r.skill.id} className="requirement" aria-label={`${r.skill.name} for ${candidateLabel}`}>
          <h3 className="requirement__title">
            {r.skill.name}{' '}
            <RequirementChip status={r.status} />
            {r.mustHave ? (
              <Badge tone="danger" symbol="!">
                Must-have
              </Badge>
            ) : null}
          </h3>
          <p className="requirement__levels">
            Attained <strong>{r.attainedLevel > 0 ? formatLevel(r.attainedLevel) : 'none'}</strong> · required <strong>{formatLevel(r.requiredLevel)}</strong>
          </p>

          {r.evidence.length === 0 ? (
            <p className="muted">No verified evidence for this skill.</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--compact">
                <caption className="visually-hidden">Evidence for {r.skill.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Credential</th>
                    <th scope="col">Issuer</th>
                    <th scope="col">Issued</th>
                    <th scope="col">Valid until</th>
                    <th scope="col">Verification</th>
                    <th scope="col">Counts via</th>
                  </tr>
                </thead>
                <tbody>
                  {r.evidence.map((e) => (
                    <tr key={e.credentialId}>
                      <th scope="row">{e.credentialName}</th>
                      <td>
                        {e.issuerName ?? <span className="muted">Unknown issuer</span>} <TrustedBadge trusted={e.issuerTrusted} />
                      </td>
                      <td>
                        <UtcDate value={e.issuedOn} />
                      </td>
                      <td>{e.validUntil ? <UtcDate value={e.validUntil} /> : <span className="muted">No expiry</span>}</td>
                      <td>
                        <VerificationBadge status={e.verificationStatus} />
                      </td>
                      <td>{formatInferencePath(r.skill, e.inferredFrom, e.inferencePath) ?? <span className="muted">Direct</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {r.status !== 'MET' ? (
            r.suggestions.length === 0 ? (
              <p className="muted">No credential in the catalogue proves {r.skill.name} at the required level.</p>
            ) : (
              <div className="suggestions">
                <h4 className="suggestions__title">To close the gap</h4>
                <ul className="plain-list">
                  {r.suggestions.map((s) => (
                    <li key={s.id} className="suggestion">
                      <strong>{s.name}</strong>
                      {s.issuer ? <span className="muted"> · {s.issuer.name}</span> : null}
                      <span className="suggestion__facts">
                        <span>{formatHours(s.estimatedHours)}</span>
                        <span>Cost {formatCost(s.cost)}</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )
          ) : null}
        </section>
      ))}
    </div>
  );
}
