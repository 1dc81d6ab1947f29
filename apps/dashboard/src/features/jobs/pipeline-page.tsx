import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendConnection, JOB_PIPELINE_QUERY, type ApplicationStage, type PipelineApplication } from '@skillproof/dashboard-data-access';
import { CsvDownloadButton, EmptyState, formatDateTimeLocal, LoadingState, LocalDateTime, PageHeader, Section, TableWrap } from '@skillproof/dashboard-ui';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { MoveDialog } from './components/move-dialog';
import { StageBadge } from './components/stage-badge';
import { useMoveApplication } from './hooks/use-move-application';
import { usePipelineAccess } from './hooks/use-pipeline-access';
import { STAGES, stageLabel } from './utils/pipeline-stages';
import './jobs.css';

const PAGE_SIZE = 50;

/**
 * `/jobs/:id/pipeline` (HR, ADMIN): the job's applications grouped by stage with a count per stage, a
 * stage filter, each decision's history (who, when in the viewer's time zone, why) and "Move…" with a
 * required reason. `?blind=1` shows candidate codes instead of names; `?stage=` filters.
 */
export default function PipelinePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Local state answers the controls at once; the URL keeps them (`?blind=1&stage=…`) for reloads and links.
  const [blind, setBlind] = useState(params.get('blind') === '1');
  const stageParam = params.get('stage');
  const [stage, setStage] = useState<ApplicationStage | null>(STAGES.includes(stageParam as ApplicationStage) ? (stageParam as ApplicationStage) : null);
  const allowed = usePipelineAccess();
  const [moving, setMoving] = useState<PipelineApplication | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const move = useMoveApplication(id, blind);

  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(JOB_PIPELINE_QUERY, {
    variables: { id, stage, first: PAGE_SIZE, blind },
    // Blind mode reuses Person ids with candidate codes: keep the answer out of the normalised cache.
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
    skip: !allowed,
  });
  const job = data?.job;
  const pipeline = job?.pipeline;
  const applications = useMemo(() => pipeline?.applications.edges.map((e) => e.node) ?? [], [pipeline]);
  const groups = useMemo(
    () => STAGES.map((s) => ({ stage: s, items: applications.filter((a) => a.stage === s) })).filter((g) => g.items.length > 0),
    [applications],
  );

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    }, { replace: true });

  const loadMore = () => {
    const endCursor = pipeline?.applications.pageInfo.endCursor;
    if (!endCursor) return;
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.job || !fetchMoreResult.job) return fetchMoreResult.job ? fetchMoreResult : previous;
        return { job: { ...previous.job, pipeline: { ...fetchMoreResult.job.pipeline, applications: appendConnection(previous.job.pipeline.applications, fetchMoreResult.job.pipeline.applications) } } };
      },
    });
  };

  const submitMove = async (to: ApplicationStage, reason: string) => {
    if (!moving) return;
    const event = await move(moving.person.id, to, reason, moving.stage);
    setNotice(`${moving.person.displayName}: ${stageLabel(moving.stage)} → ${stageLabel(event.toStage)} (${formatDateTimeLocal(event.at)}).`);
    setMoving(null);
    await refetch();
  };

  const header = (
    <PageHeader
      eyebrow={
        <>
          <Link to={paths.jobs()}>Jobs</Link> / {job ? <Link to={`${paths.job(job.id)}${blind ? '?blind=1' : ''}`}>{job.title}</Link> : 'Job'}
        </>
      }
      title={job ? `Pipeline: ${job.title}` : 'Pipeline'}
      actions={
        <div className="button-row">
          <label className="toggle">
            <input type="checkbox" checked={blind} onChange={(e) => {
              setBlind(e.target.checked);
              setParam('blind', e.target.checked ? '1' : null);
            }} />
            <span>Blind mode</span>
            <span className="toggle__hint">candidate codes instead of names</span>
          </label>
          <Link className="button button--ghost" to={paths.candidateImport(id)}>
            Import candidates
          </Link>
        </div>
      }
    />
  );

  if (!allowed) {
    return (
      <>
        <title>Pipeline · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.jobs()}>Jobs</Link>} title="Pipeline" />
        <EmptyState title="Only HR and admins see hiring pipelines." />
      </>
    );
  }
  if (!pipeline && loading) return <LoadingState label="pipeline" />;
  if (error && !pipeline) {
    return (
      <>
        <title>Pipeline · SkillProof</title>
        {header}
        <QueryError error={error} title="Could not load the pipeline" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!job || !pipeline) {
    return (
      <>
        <title>Job not found · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.jobs()}>Jobs</Link>} title="Job not found" />
        <EmptyState title="There is no job with this id." />
      </>
    );
  }

  const csvRows = applications.map((a) => {
    const last = a.history[a.history.length - 1];
    return [blind ? a.person.code : a.person.displayName, a.person.code, stageLabel(a.stage), last?.reason ?? '', last?.actor?.displayName ?? '', last?.actor?.email ?? '', last?.at ?? ''];
  });

  return (
    <>
      <title>{`Pipeline · ${job.title} · SkillProof`}</title>
      {header}

      <nav className="stage-filter" aria-label="Stages">
        <ul>
          <li>
            <button type="button" className="stage-filter__item" aria-pressed={stage === null} onClick={() => {
              setStage(null);
              setParam('stage', null);
            }}>
              All <span className="stage-filter__count">{pipeline.total}</span>
            </button>
          </li>
          {pipeline.stageCounts.map((s) => (
            <li key={s.stage}>
              <button type="button" className="stage-filter__item" aria-pressed={stage === s.stage} onClick={() => {
                setStage(s.stage);
                setParam('stage', s.stage);
              }} data-stage={s.stage}>
                {stageLabel(s.stage)} <span className="stage-filter__count">{s.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {notice ? (
        <p className="state notice" role="status">
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      ) : null}

      <Section
        id="applications"
        title={stage ? `${stageLabel(stage)} (${pipeline.applications.totalCount})` : `All stages (${pipeline.total})`}
        description="Most recently moved first. Every decision shows who made it, when (your time zone) and why."
        actions={
          applications.length > 0 ? (
            <CsvDownloadButton
              filename={`pipeline${stage ? `-${stage.toLowerCase()}` : ''}${blind ? '-blind' : ''}.csv`}
              headers={[blind ? 'Candidate code' : 'Candidate', 'Code', 'Stage', 'Last reason', 'Decided by', 'Decided by (email)', 'Decided at (UTC)']}
              rows={csvRows}
              label="Download CSV"
            />
          ) : undefined
        }
      >
        {applications.length === 0 ? (
          <EmptyState title={stage ? `Nobody is at ${stageLabel(stage)}` : 'Nobody is in this pipeline yet'}>
            <p>
              Shortlist people from the <Link to={`${paths.job(job.id)}${blind ? '?blind=1' : ''}`}>ranking</Link>, or{' '}
              <Link to={paths.candidateImport(job.id)}>import candidates</Link> into this job.
            </p>
          </EmptyState>
        ) : (
          groups.map((g) => (
            <div key={g.stage} className="stage-group" data-testid={`stage-${g.stage}`}>
              <h3 className="subheading" id={`stage-${g.stage}-heading`}>
                <StageBadge stage={g.stage} />{' '}
                <span className="muted">{pipeline.stageCounts.find((c) => c.stage === g.stage)?.count ?? g.items.length}</span>
              </h3>
              <TableWrap label={`${stageLabel(g.stage)} applications`}>
                <table className="table" aria-labelledby={`stage-${g.stage}-heading`}>
                  <thead>
                    <tr>
                      <th scope="col">{blind ? 'Candidate code' : 'Candidate'}</th>
                      <th scope="col">Last decision</th>
                      <th scope="col">History</th>
                      <th scope="col">
                        <span className="visually-hidden">Action</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.items.map((a) => {
                      const last = a.history[a.history.length - 1];
                      return (
                        <tr key={a.id} data-person-id={a.person.id}>
                          <th scope="row">
                            {blind ? <span className="code">{a.person.displayName}</span> : <Link to={paths.person(a.person.id)}>{a.person.displayName}</Link>}
                            {!blind && a.person.email ? <span className="cell-sub">{a.person.email}</span> : null}
                          </th>
                          <td className="decision">
                            {last ? (
                              <>
                                <q className="decision__reason">{last.reason}</q>
                                <span className="cell-sub">
                                  {last.actor ? `${last.actor.displayName} (${last.actor.email})` : 'a deleted account'} · <LocalDateTime value={last.at} />
                                </span>
                              </>
                            ) : (
                              <span className="muted">—</span>
                            )}
                          </td>
                          <td>
                            <details className="disclosure history">
                              <summary>
                                {a.history.length} {a.history.length === 1 ? 'decision' : 'decisions'}
                              </summary>
                              <ol className="history__list">
                                {a.history.map((h) => (
                                  <li key={h.id}>
                                    <strong>{h.fromStage ? `${stageLabel(h.fromStage)} → ${stageLabel(h.toStage)}` : `Entered at ${stageLabel(h.toStage)}`}</strong>{' '}
                                    <span className="muted">
                                      by {h.actor ? `${h.actor.displayName} (${h.actor.email})` : 'a deleted account'}, <LocalDateTime value={h.at} />
                                    </span>
                                    <br />
                                    <q>{h.reason}</q>
                                  </li>
                                ))}
                              </ol>
                            </details>
                          </td>
                          <td>
                            <button type="button" className="button button--ghost" onClick={() => setMoving(a)} disabled={a.allowedMoves.length === 0} aria-label={`Move ${a.person.displayName}`}>
                              Move…
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
            </div>
          ))
        )}
        {applications.length > 0 ? (
          <div className="pager">
            <p className="muted" aria-live="polite">
              Showing {applications.length} of {pipeline.applications.totalCount}
            </p>
            {pipeline.applications.pageInfo.hasNextPage ? (
              <button type="button" className="button" onClick={loadMore} disabled={networkStatus === NetworkStatus.fetchMore}>
                {networkStatus === NetworkStatus.fetchMore ? 'Loading…' : 'Load more'}
              </button>
            ) : null}
          </div>
        ) : null}
        {error ? <QueryError error={error} title="Could not load more applications" /> : null}
      </Section>

      {moving ? (
        <MoveDialog
          personLabel={moving.person.displayName}
          fromStage={moving.stage}
          stages={moving.allowedMoves}
          onSubmit={submitMove}
          onClose={() => setMoving(null)}
        />
      ) : null}
    </>
  );
}
