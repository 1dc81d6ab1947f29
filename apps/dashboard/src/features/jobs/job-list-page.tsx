import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendConnection, JOBS_QUERY, type JobStatus } from '@skillproof/dashboard-data-access';
import { EmptyState, LoadingState, PageHeader, Section, TableWrap } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { JobStatusBadge } from './components/job-status-badge';
import { ProposeRequirementsPanel } from './components/propose-requirements-panel';
import { usePipelineAccess } from './hooks/use-pipeline-access';
import './jobs.css';

const PAGE_SIZE = 25;
const STATUS_OPTIONS: { value: '' | JobStatus; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'OPEN', label: 'Open' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'CLOSED', label: 'Closed' },
];

export default function JobListPage() {
  const [status, setStatus] = useState<'' | JobStatus>('');
  const hiring = usePipelineAccess();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(JOBS_QUERY, {
    variables: { status: status || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const jobs = data?.jobs;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    if (!jobs?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: jobs.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ jobs: appendConnection(previous.jobs, fetchMoreResult.jobs) }),
    });
  };

  return (
    <>
      <title>Jobs · SkillProof</title>
      <PageHeader
        title="Jobs"
        meta={<p>Requisitions and their skill requirements. Open a job to see its ranked candidates.</p>}
        actions={
          <div className="button-row">
            {hiring ? (
              <>
                <Link className="button" to={paths.jobNew()}>
                  New job
                </Link>
                <Link className="button button--ghost" to={paths.candidateImport()}>
                  Import candidates
                </Link>
              </>
            ) : null}
            <div className="field">
              <label htmlFor="job-status">Status</label>
              <select id="job-status" value={status} onChange={(e) => setStatus(e.target.value as '' | JobStatus)}>
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        }
      />
      <Section id="jobs" title={jobs ? `${jobs.totalCount} ${jobs.totalCount === 1 ? 'job' : 'jobs'}` : 'Jobs'}>
        {!jobs && loading ? (
          <LoadingState label="jobs" />
        ) : error && !jobs ? (
          <QueryError error={error} title="Could not load jobs" onRetry={() => void refetch()} />
        ) : !jobs || jobs.edges.length === 0 ? (
          <EmptyState title={status ? 'No jobs with this status' : 'No jobs yet'} />
        ) : (
          <>
            <TableWrap label="Jobs">
              <table className="table">
                <caption className="visually-hidden">Jobs with team, status and number of requirements</caption>
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Team</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Requirements
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.edges.map(({ node: job }) => {
                    const mustHaves = job.requirements.filter((r) => r.mustHave).length;
                    return (
                      <tr key={job.id}>
                        <th scope="row">
                          <Link to={paths.job(job.id)}>{job.title}</Link>
                        </th>
                        <td>{job.team ? <Link to={paths.team(job.team.id)}>{job.team.name}</Link> : <span className="muted">—</span>}</td>
                        <td>
                          <JobStatusBadge status={job.status} />
                        </td>
                        <td className="num">
                          {job.requirements.length}
                          {mustHaves > 0 ? <span className="muted"> ({mustHaves} must-have)</span> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
            <div className="pager">
              <p className="muted" aria-live="polite">
                Showing {jobs.edges.length} of {jobs.totalCount}
              </p>
              {jobs.pageInfo.hasNextPage ? (
                <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : 'Load more'}
                </button>
              ) : null}
            </div>
            {error ? <QueryError error={error} title="Could not load more jobs" /> : null}
          </>
        )}
      </Section>
      <Section id="propose" title="Propose requirements from a description" description={
          hiring ? (
            <>
              Paste a job description to get the skills it names as proposed requirements (ESCO and O*NET), for you to review. To save them as a job, use{' '}
              <Link to={paths.jobNew()}>New job</Link>.
            </>
          ) : (
            'Paste a job description to get the skills it names as proposed requirements (ESCO and O*NET), for you to review.'
          )
        }>
        <ProposeRequirementsPanel />
      </Section>
    </>
  );
}
