import { useQuery } from '@apollo/client/react';
import { JOB_QUERY, PROFICIENCY_SCALE_QUERY, type ApplicationStage, type JobMatch } from '@skillproof/dashboard-data-access';
import { dateInputToIsoInstant, EmptyState, LoadingState, PageHeader, Section, Stat, StatList } from '@skillproof/dashboard-ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { ComparisonPanel } from './components/comparison-panel';
import { JobStatusBadge } from './components/job-status-badge';
import { MatchControls } from './components/match-controls';
import { MatchesTable } from './components/matches-table';
import { MoveDialog } from './components/move-dialog';
import { RankingExportButton } from './components/ranking-export-button';
import { RequirementsTable } from './components/requirements-table';
import { useJobMatches, type MatchFilters } from './hooks/use-job-matches';
import { useMoveApplication } from './hooks/use-move-application';
import { usePipelineAccess } from './hooks/use-pipeline-access';
import { MAX_COMPARED, MIN_COMPARED } from './utils/comparison';
import { rankingFilename } from './utils/ranking-csv';
import './jobs.css';

/** Top level of the default proficiency scale (1–5), used until the organisation's scale has loaded. */
const DEFAULT_SCALE_MAX = 5;

export default function JobPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Local state answers the toggle at once; the URL (`?blind=1`) keeps it for reloads and the pipeline link.
  const [blind, setBlindState] = useState(params.get('blind') === '1');
  const hiring = usePipelineAccess();
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

  const setBlind = (on: boolean) => {
    setBlindState(on);
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('blind', '1');
      else next.delete('blind');
      return next;
    }, { replace: true });
  };

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
        actions={
          hiring ? (
            <div className="button-row">
              <Link className="button" to={paths.jobPipeline(job.id, blind)}>
                Pipeline
              </Link>
              <Link className="button button--ghost" to={paths.jobEdit(job.id)}>
                Edit job
              </Link>
            </div>
          ) : undefined
        }
      />
      {job.description ? <p className="lead job-description">{job.description}</p> : null}

      <Section id="requirements" title="Requirements">
        {job.requirements.length === 0 ? (
          // A ranking without requirements is vacuous (everyone fits 100): say so instead of showing one.
          <EmptyState title="No requirements yet">
            <p>
              People are ranked against a job's requirements; this job has none, so every person would fit 100.
              {hiring ? <> <Link to={paths.jobEdit(job.id)}>Add requirements</Link> to rank candidates.</> : null}
            </p>
          </EmptyState>
        ) : (
          <RequirementsTable requirements={job.requirements} />
        )}
      </Section>

      {job.requirements.length > 0 ? (
        <RankedCandidates jobId={job.id} jobTitle={job.title} blind={blind} onBlindChange={setBlind} hiring={hiring} />
      ) : null}
    </>
  );
}

interface RankedCandidatesProps {
  jobId: string;
  jobTitle: string;
  blind: boolean;
  onBlindChange: (blind: boolean) => void;
  hiring: boolean;
}

function RankedCandidates({ jobId, jobTitle, blind, onBlindChange, hiring }: RankedCandidatesProps) {
  const [filters, setFilters] = useState<Omit<MatchFilters, 'asOf' | 'blind'>>({ eligibleOnly: false, includeEmployees: false });
  const [asOfInput, setAsOfInput] = useState('');
  const fullFilters: MatchFilters = { ...filters, blind, asOf: dateInputToIsoInstant(asOfInput) };
  const { matches, loading, loadingMore, error, refetch, loadMore } = useJobMatches(jobId, fullFilters);
  // Expanded rows reset whenever the ranking changes.
  const rankingKey = JSON.stringify(fullFilters);

  // Comparison: people selected in the ranking (by person id, so it survives blind mode and paging).
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  // The radar's outer ring is the organisation's top level (asked only once a comparison is open).
  const scale = useQuery(PROFICIENCY_SCALE_QUERY, { skip: !comparing });
  const [shortlisting, setShortlisting] = useState<JobMatch | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const comparisonHeading = useRef<HTMLHeadingElement>(null);
  const move = useMoveApplication(jobId, blind);

  const loaded = useMemo(() => matches?.edges.map((e) => e.node) ?? [], [matches]);
  const selectedMatches = useMemo(() => loaded.filter((m) => selected.includes(m.person.id)), [loaded, selected]);
  const selectedSet = useMemo(() => new Set(selectedMatches.map((m) => m.person.id)), [selectedMatches]);
  const canCompare = selectedMatches.length >= MIN_COMPARED && selectedMatches.length <= MAX_COMPARED;

  useEffect(() => {
    if (comparing) comparisonHeading.current?.focus();
  }, [comparing]);

  const toggle = (personId: string) => {
    setSelected((prev) => (prev.includes(personId) ? prev.filter((p) => p !== personId) : prev.length >= MAX_COMPARED ? prev : [...prev, personId]));
  };

  const shortlist = async (stage: ApplicationStage, reason: string) => {
    if (!shortlisting) return;
    await move(shortlisting.person.id, stage, reason, shortlisting.currentStage ?? null);
    setNotice(`${shortlisting.person.displayName} was moved to Shortlisted.`);
    setShortlisting(null);
    await refetch();
  };

  return (
    <>
      <Section
        id="matches"
        title="Ranked candidates"
        description="Only verified, current credentials count. Eligible candidates (all must-haves met) rank first, then by fit."
        actions={matches && matches.totalCount > 0 ? <RankingExportButton jobId={jobId} jobTitle={jobTitle} filters={fullFilters} /> : undefined}
      >
        <MatchControls
          filters={fullFilters}
          asOfInput={asOfInput}
          onChange={({ blind: b, ...patch }) => {
            if (b !== undefined) onBlindChange(b);
            if (Object.keys(patch).length) setFilters((f) => ({ ...f, ...patch }));
          }}
          onAsOfChange={setAsOfInput}
        />
        {hiring && matches && matches.edges.length > 0 ? (
          <div className="compare-bar" role="group" aria-label="Comparison">
            <p className="muted" aria-live="polite">
              {selectedMatches.length === 0
                ? `Select ${MIN_COMPARED}–${MAX_COMPARED} candidates to compare them side by side.`
                : `${selectedMatches.length} selected${selectedMatches.length >= MAX_COMPARED ? ` (the most: ${MAX_COMPARED})` : ''}.`}
            </p>
            <button type="button" className="button" disabled={!canCompare} onClick={() => setComparing(true)}>
              Compare selected ({selectedMatches.length})
            </button>
            {selectedMatches.length > 0 ? (
              <button type="button" className="button button--ghost" onClick={() => { setSelected([]); setComparing(false); }}>
                Clear selection
              </button>
            ) : null}
          </div>
        ) : null}
        {notice ? (
          <p className="state notice" role="status" data-testid="decision-notice">
            <span aria-hidden="true">✓ </span>
            {notice} <Link to={paths.jobPipeline(jobId, blind)}>Open the pipeline</Link>
          </p>
        ) : null}
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
            <MatchesTable
              key={rankingKey}
              edges={matches.edges}
              blind={blind}
              hiring={hiring ? { selected: selectedSet, selectionFull: selectedMatches.length >= MAX_COMPARED, onToggle: toggle, onShortlist: setShortlisting } : undefined}
            />
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

      {hiring && comparing && canCompare ? (
        <section className="card" aria-labelledby="comparison-heading">
          <div className="card__header">
            <div>
              <h2 id="comparison-heading" className="card__title" tabIndex={-1} ref={comparisonHeading}>
                Comparison of {selectedMatches.length} candidates
              </h2>
              <p className="card__description">Attained (verified) vs required level for each requirement of this job{blind ? '; blind mode: candidate codes only' : ''}.</p>
            </div>
            <div className="card__actions">
              <button type="button" className="button button--ghost" onClick={() => setComparing(false)}>
                Close comparison
              </button>
            </div>
          </div>
          <ComparisonPanel
            matches={selectedMatches}
            blind={blind}
            scaleMax={scale.data?.proficiencyScale.max ?? DEFAULT_SCALE_MAX}
            fileStem={rankingFilename(jobTitle, false).replace(/-ranking\.csv$/, '')}
            canShortlist={hiring}
            onShortlist={setShortlisting}
          />
        </section>
      ) : null}

      {shortlisting ? (
        <MoveDialog
          personLabel={shortlisting.person.displayName}
          fromStage={shortlisting.currentStage ?? null}
          stages={['SHORTLISTED']}
          onSubmit={shortlist}
          onClose={() => setShortlisting(null)}
        />
      ) : null}
    </>
  );
}
