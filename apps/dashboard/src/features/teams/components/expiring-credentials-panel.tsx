import type { TeamExpiringCredential } from '@skillproof/dashboard-data-access';
import { CsvDownloadButton, EmptyState, Pager, TableWrap, usePagination, UtcDate } from '@skillproof/dashboard-ui';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { slug } from './forecast-panel';

/** Members' verified credentials expiring within 90 days, soonest first. */
export function ExpiringCredentialsPanel({ rows, teamName }: { rows: TeamExpiringCredential[]; teamName: string }) {
  const [page, setPage] = usePagination(rows, 10, teamName);
  if (rows.length === 0) {
    return (
      <EmptyState title="Nothing expires in the next 90 days">
        <p>No verified credential of this team's members expires within 90 days.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <TableWrap label="Credentials expiring within 90 days" testId="expiring-credentials">
        <table className="table table--compact">
          <caption className="visually-hidden">Credentials expiring within 90 days</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Credential</th>
              <th scope="col">Expires</th>
              <th scope="col">Skills it proves</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((r) => (
              <tr key={r.credential.id}>
                <th scope="row">
                  <Link to={paths.person(r.member.id)}>{r.member.displayName}</Link>
                </th>
                <td>{r.credential.name}</td>
                <td>
                  <UtcDate value={r.validUntil} />
                </td>
                <td>{r.skills.map((s) => s.name).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Pager page={page} onPage={setPage} label="expiring credentials" />
      <CsvDownloadButton
        filename={`${slug(teamName)}-expiring-credentials.csv`}
        headers={['member', 'credential', 'validUntil', 'skills']}
        rows={rows.map((r) => [r.member.displayName, r.credential.name, r.validUntil, r.skills.map((s) => s.name).join('; ')])}
      />
    </>
  );
}
