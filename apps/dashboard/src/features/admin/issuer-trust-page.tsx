import { useMutation, useQuery } from '@apollo/client/react';
import { describeError, ISSUERS_QUERY, SET_ISSUER_TRUST_MUTATION, type IssuerItem } from '@skillproof/dashboard-data-access';
import { EmptyState, LoadingState, PageHeader, Section, TableWrap, TrustedBadge } from '@skillproof/dashboard-ui';
import { useId, useState } from 'react';
import { QueryError } from '../../shared/query-error';
import '../imports/imports.css';

/** Issuers per page. */
const PAGE = 50;

/** Admin: the issuer trust list (search, put an issuer on or off the list). */
export default function IssuerTrustPage() {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(ISSUERS_QUERY, { variables: { search: search.trim() || null, first: PAGE, after } });
  const issuers = data?.issuers;
  const page = cursors.length;

  return (
    <>
      <title>Issuer trust list · SkillProof</title>
      <PageHeader title="Issuer trust list" meta={<p>Which issuers this organisation trusts. The flag shows at once next to their credentials (the stored verification reports do not change).</p>} />
      <Section id="issuers" title="Issuers">
        <form role="search" className="import-filter" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={searchId}>Search issuers</label>{' '}
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder="Name, DID or URL"
            onChange={(e) => {
              setSearch(e.target.value);
              setCursors([null]);
            }}
          />
        </form>
        {!issuers && loading ? (
          <LoadingState label="issuers" />
        ) : error && !issuers ? (
          <QueryError error={error} title="Could not load issuers" onRetry={() => void refetch()} />
        ) : !issuers || issuers.edges.length === 0 ? (
          <EmptyState title={search.trim() ? 'No issuer matches' : 'No issuers yet'}>
            <p>{search.trim() ? 'Try another name, DID or URL.' : 'Issuers appear when credentials are imported or the catalogue names them.'}</p>
          </EmptyState>
        ) : (
          <>
            <TableWrap label="Issuers" testId="issuers-table">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">DID / URL</th>
                    <th scope="col">Status</th>
                    <th scope="col">Trusted</th>
                  </tr>
                </thead>
                <tbody>
                  {issuers.edges.map(({ node }) => (
                    <IssuerRow key={node.id} issuer={node} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <nav className="import-pager" aria-label="Issuer pages">
              <button type="button" className="button" disabled={page <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous page
              </button>{' '}
              <span>
                Page {page} of {Math.max(1, Math.ceil(issuers.totalCount / PAGE))} ({issuers.totalCount} issuers)
              </span>{' '}
              <button type="button" className="button" disabled={!issuers.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, issuers.pageInfo.endCursor])}>
                Next page
              </button>
            </nav>
          </>
        )}
      </Section>
    </>
  );
}

function IssuerRow({ issuer }: { issuer: IssuerItem }) {
  const [setTrust, { loading }] = useMutation(SET_ISSUER_TRUST_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const onChange = async (trusted: boolean) => {
    setError(null);
    try {
      await setTrust({ variables: { input: { issuerId: issuer.id, trusted } } });
    } catch (e) {
      setError(describeError(e).message);
    }
  };
  return (
    <tr>
      <th scope="row">{issuer.name}</th>
      <td>
        {issuer.did ? <code>{issuer.did}</code> : null}
        {issuer.did && issuer.url && issuer.url !== issuer.did ? <br /> : null}
        {issuer.url && issuer.url !== issuer.did ? <span>{issuer.url}</span> : null}
        {!issuer.did && !issuer.url ? '—' : null}
      </td>
      <td>
        <TrustedBadge trusted={issuer.trusted} />
      </td>
      <td>
        <label>
          <input type="checkbox" checked={issuer.trusted} disabled={loading} onChange={(e) => void onChange(e.target.checked)} />{' '}
          <span className="visually-hidden">Trust {issuer.name}</span>
          <span aria-hidden="true">Trusted</span>
        </label>
        {error ? <p role="alert" className="import-error">Could not change: {error}</p> : null}
      </td>
    </tr>
  );
}
