import { useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '@skillproof/dashboard-data-access';
import { CsvDownloadButton, EmptyState, LoadingState, Pager, Section, TableWrap, usePagination, UtcDate } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../shared/query-error';
import { ASSIGN_CREDENTIAL_MUTATION } from '../graphql/assign-credential.mutation';
import { EXPIRING_CREDENTIALS_QUERY, type ExpiringCredentialNode } from '../graphql/expiring-credentials.query';
import { renewalDueDate } from '../utils/renewal';

/** Days ahead the list looks. */
const WITHIN_DAYS = 90;

/**
 * The team's verified credentials expiring within 90 days, soonest first, each with a one-click
 * "Assign renewal" (an assignment of the same definition, due when the credential expires).
 */
export function ExpiringSection({ teamId }: { teamId: string }) {
  const { data, loading, error, refetch } = useQuery(EXPIRING_CREDENTIALS_QUERY, { variables: { teamId, withinDays: WITHIN_DAYS } });
  const rows = data?.expiringCredentials ?? [];
  const [page, setPage] = usePagination(rows, 10, teamId);
  return (
    <Section id="expiring" title={`Credentials expiring within ${WITHIN_DAYS} days`} description="Verified credentials of this team's members that stop counting soon, soonest first: assign the renewal before coverage drops.">
      {!data && loading ? (
        <LoadingState label="expiring credentials" />
      ) : error && !data ? (
        <QueryError error={error} title="Could not load expiring credentials" onRetry={() => void refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={`Nothing expires in the next ${WITHIN_DAYS} days`} />
      ) : (
        <>
          <TableWrap label="Credentials expiring soon" testId="lnd-expiring">
            <table className="table table--compact">
              <caption className="visually-hidden">Credentials expiring within {WITHIN_DAYS} days</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Credential</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Renewal</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((c) => (
                  <ExpiringRow key={c.id} c={c} />
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pager page={page} onPage={setPage} label="expiring credentials" />
          <CsvDownloadButton
            filename="expiring-credentials.csv"
            headers={['member', 'personId', 'credential', 'credentialId', 'definitionId', 'validUntil']}
            rows={rows.map((c) => [c.person?.displayName ?? '', c.person?.id ?? '', c.name, c.id, c.definition?.id ?? '', c.validUntil])}
          />
        </>
      )}
    </Section>
  );
}

function ExpiringRow({ c }: { c: ExpiringCredentialNode }) {
  const [assign, assigning] = useMutation(ASSIGN_CREDENTIAL_MUTATION, { refetchQueries: ['DashboardLearningAssignments'], awaitRefetchQueries: true });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const due = renewalDueDate(c.validUntil, new Date());
  const onAssign = async () => {
    if (!c.person || !c.definition) return;
    setResult(null);
    try {
      await assign({ variables: { input: { personIds: [c.person.id], definitionId: c.definition.id, dueDate: due } } });
      setResult({ ok: true, text: 'Renewal assigned' });
    } catch (e) {
      setResult({ ok: false, text: describeError(e).message });
    }
  };
  return (
    <tr>
      <th scope="row">{c.person ? <Link to={paths.person(c.person.id)}>{c.person.displayName}</Link> : '—'}</th>
      <td>{c.name}</td>
      <td>
        <UtcDate value={c.validUntil} />
      </td>
      <td>
        {result ? (
          <span role={result.ok ? 'status' : 'alert'} className={result.ok ? 'form-ok' : 'form-error'}>
            <span aria-hidden="true">{result.ok ? '✓ ' : '✕ '}</span>
            {result.text}
          </span>
        ) : c.person && c.definition ? (
          <button type="button" className="button button--ghost" disabled={assigning.loading} onClick={() => void onAssign()}>
            Assign renewal<span className="visually-hidden"> of {c.name} to {c.person.displayName}</span>
          </button>
        ) : (
          <span className="muted">Not in the catalogue</span>
        )}
      </td>
    </tr>
  );
}
