import { useQuery } from '@apollo/client/react';
import { JOB_QUERY } from '@skillproof/dashboard-data-access';
import { dateInputToIsoInstant, EmptyState, LoadingState, PageHeader, Section, Stat, StatList } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { JobStatusBadge } from './components/job-status-badge';
import { MatchControls } from './components/match-controls';
import { MatchesTable } from './components/matches-table';
import { RequirementsTable } from './components/requirements-table';
import { useJobMatches, type MatchFilters } from './hooks/use-job-matches';

export default function JobPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(JOB_QUERY, { variables: { id } });
  const job = data?.job;

  if (!job && loading) return <LoadingState label="job" />;
  if (error && !job) {
    return (
      <>
        <title>Job · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.jobs()}>Jobs</Link>} title="Job" />
        <QueryError error={error} title="Could not load this job" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!job) {
    return (
      <>
        <title>Job not found · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.jobs()}>Jobs</Link>} title="Job not found" />
        <EmptyState title="There is no job with this id.">
          <p>
            <Link to={paths.jobs()}>See all jobs</Link>
          </p>
        </EmptyState>
      </>
    );
  }

  const mustHaves = job.requirements.filter((r) => r.mustHave).length;
  return (
    <>
      <title>{`${job.title} · Jobs · SkillProof`}</title>
      <PageHeader
        eyebrow={<Link to={paths.jobs()}>Jobs</Link>}
        title={job.title}
        meta={
          <StatList>
            <Stat label="Status" value={<JobStatusBadge status={job.status} />} />
            <Stat label="Team" value={job.team ? <Link to={paths.team(job.team.id)}>{job.team.name}</Link> : '—'} />
            <Stat label="Requirements" value={`${job.requirements.length} (${mustHaves} must-have)`} />
            {job.occupationCode ? <Stat label="Occupation" value={<span className="code">{job.occupationCode}</span>} /> : null}
          </StatList>
        }
      />
      {job.description ? <p className="lead">{job.description}</p> : null}

      <Section id="requirements" title="Requirements">
        <RequirementsTable requirements={job.requirements} />
      </Section>

      <RankedCandidates jobId={job.id} />
    </>
  );
}

function RankedCandidates({ jobId }: { jobId: string }) {
  const [filters, setFilters] = useState<Omit<MatchFilters, 'asOf'>>({ blind: false, eligibleOnly: false, includeEmployees: false });
  const [asOfInput, setAsOfInput] = useState('');
  const fullFilters: MatchFilters = { ...filters, asOf: dateInputToIsoInstant(asOfInput) };
  const { matches, loading, loadingMore, error, refetch, loadMore } = useJobMatches(jobId, fullFilters);
  // Expanded rows reset whenever the ranking changes.
  const rankingKey = JSON.stringify(fullFilters);

  return (
    <Section
      id="matches"
      title="Ranked candidates"
      description="Only verified, current credentials count. Eligible candidates (all must-haves met) rank first, then by fit."
    >
      <MatchControls
        filters={fullFilters}
        asOfInput={asOfInput}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onAsOfChange={setAsOfInput}
      />
      {loading && !matches ? (
        <LoadingState label="ranked candidates" />
      ) : error && !matches ? (
        <QueryError error={error} title="Could not rank candidates" onRetry={() => void refetch()} />
      ) : !matches || matches.edges.length === 0 ? (
        <EmptyState title={filters.eligibleOnly ? 'No eligible candidates' : 'No candidates to rank'}>
          <p>
            {filters.eligibleOnly
              ? 'Nobody meets every must-have requirement. Turn off "Eligible only" to see who is close.'
              : filters.includeEmployees
                ? 'There are no candidates or employees to match yet.'
                : 'There are no candidates yet. Try including employees as internal candidates.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <MatchesTable key={rankingKey} edges={matches.edges} blind={filters.blind} />
          <div className="pager">
            <p className="muted" aria-live="polite">
              Showing {matches.edges.length} of {matches.totalCount}
            </p>
            {matches.pageInfo.hasNextPage ? (
              <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </button>
            ) : null}
          </div>
          {error ? <QueryError error={error} title="Could not load more candidates" /> : null}
        </>
      )}
    </Section>
  );
}
