import { useQuery } from '@apollo/client/react';
import { EmptyState, formatFit, LoadingState } from '@skillproof/dashboard-ui';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../shared/query-error';
import { JOB_INTERNAL_CANDIDATES_QUERY } from '../graphql/job-internal-candidates.query';
import { internalCandidates } from '../utils/internal-candidates';

/** How deep into each job's ranking (employees included) the panel looks for employees. */
export const RANKING_DEPTH = 100;
/** Employees shown per job. */
export const PER_JOB = 3;

/**
 * Internal candidates for the team's open jobs (PRODUCT.md §4 internal mobility): per job, the best
 * ranked employees with their fit, eligibility and rank among everyone; people link to their page (for
 * a manager only their own members: they may not open others), every job links to its full ranking.
 */
export function InternalCandidatesPanel({ jobs, memberIds, canOpenAnyPerson }: { jobs: { id: string; title: string }[]; memberIds: ReadonlySet<string>; canOpenAnyPerson: boolean }) {
  if (jobs.length === 0) {
    return (
      <EmptyState title="No open jobs for this team">
        <p>Internal candidates appear here when the team has an open job.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="candidates" data-testid="internal-candidates">
      {jobs.map((job) => (
        <li key={job.id} className="candidates__job">
          <JobCandidates job={job} memberIds={memberIds} canOpenAnyPerson={canOpenAnyPerson} />
        </li>
      ))}
    </ul>
  );
}

function JobCandidates({ job, memberIds, canOpenAnyPerson }: { job: { id: string; title: string }; memberIds: ReadonlySet<string>; canOpenAnyPerson: boolean }) {
  const { data, loading, error, refetch } = useQuery(JOB_INTERNAL_CANDIDATES_QUERY, { variables: { id: job.id, first: RANKING_DEPTH } });
  const headingId = `job-${job.id}-candidates`;
  const ranked = data?.job.matches;
  const top = ranked ? internalCandidates(ranked.edges.map((e) => e.node), PER_JOB) : [];
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        <Link to={paths.job(job.id)}>{job.title}</Link>
      </h3>
      {!data && loading ? (
        <LoadingState label={`candidates for ${job.title}`} />
      ) : error && !data ? (
        <QueryError error={error} title={`Could not rank people for ${job.title}`} onRetry={() => void refetch()} />
      ) : top.length === 0 ? (
        <p className="muted">No employee among the best {Math.min(RANKING_DEPTH, ranked?.totalCount ?? 0)} ranked people for this job.</p>
      ) : (
        <ol className="plain-list candidates__list">
          {top.map((c) => (
            <li key={c.person.id}>
              {canOpenAnyPerson || memberIds.has(c.person.id) ? <Link to={paths.person(c.person.id)}>{c.person.displayName}</Link> : <span>{c.person.displayName}</span>}
              {' — '}fit <strong>{formatFit(c.fit)}</strong>
              {' · '}
              {c.eligible ? (
                <span className="flag-text flag-text--ok"><span aria-hidden="true">✓ </span>meets every must-have</span>
              ) : c.oneCredentialAway ? (
                <span className="flag-text"><span aria-hidden="true">◔ </span>one credential away</span>
              ) : (
                <span className="flag-text"><span aria-hidden="true">✕ </span>misses a must-have</span>
              )}
              <span className="muted"> · rank {c.rank} of {ranked?.totalCount ?? '?'}{memberIds.has(c.person.id) ? ' · on this team' : ''}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
