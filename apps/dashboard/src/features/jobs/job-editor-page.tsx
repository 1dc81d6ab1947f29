import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CREATE_JOB_MUTATION, describeError, JOB_EDITOR_OPTIONS_QUERY, JOB_QUERY, PROPOSE_REQUIREMENTS_QUERY, UPDATE_JOB_MUTATION, type JobStatus,
} from '@skillproof/dashboard-data-access';
import { EmptyState, LoadingState, PageHeader, Section } from '@skillproof/dashboard-ui';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { RequirementsEditor } from './components/requirements-editor';
import { usePipelineAccess } from './hooks/use-pipeline-access';
import { apiProblems, type ApiProblem } from './utils/api-problems';
import { checkDrafts, draftsFromJob, draftsValid, mergeProposals, toRequirementInputs, type RequirementDraft } from './utils/requirement-drafts';
import './jobs.css';

const STATUSES: { value: JobStatus; label: string }[] = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
];
const DEFAULT_SCALE = { min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] };

/**
 * `/jobs/new` and `/jobs/:id/edit` (HR, ADMIN): the job editor. Start from an O*NET occupation code
 * and/or the pasted description (`proposeRequirements` adds the skills it finds; nothing is saved until
 * "Save"), then confirm or edit each requirement — skill (search by name or alias), minimum level on
 * the organisation's scale, weight, must-have, order — and save. The API saves all or nothing; its
 * per-row problems are shown on the rows.
 */
export default function JobEditorPage() {
  const { id } = useParams();
  const editing = !!id;
  const allowed = usePipelineAccess();
  const navigate = useNavigate();
  const client = useApolloClient();
  const ids = useId();

  const existing = useQuery(JOB_QUERY, { variables: { id: id ?? '' }, skip: !editing || !allowed, fetchPolicy: 'network-only' });
  const options = useQuery(JOB_EDITOR_OPTIONS_QUERY, { skip: !allowed });
  const scale = options.data?.proficiencyScale ?? DEFAULT_SCALE;

  const [title, setTitle] = useState('');
  const [teamId, setTeamId] = useState('');
  const [status, setStatus] = useState<JobStatus>('DRAFT');
  const [description, setDescription] = useState('');
  const [occupationCode, setOccupationCode] = useState('');
  const [rows, setRows] = useState<RequirementDraft[]>([]);
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [proposeNote, setProposeNote] = useState<string | null>(null);
  const [proposeError, setProposeError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<ApiProblem[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);

  const [createJob, created] = useMutation(CREATE_JOB_MUTATION);
  const [updateJob, updated] = useMutation(UPDATE_JOB_MUTATION);
  const saving = created.loading || updated.loading;

  // Fill the form once with the saved job.
  const job = existing.data?.job;
  useEffect(() => {
    if (!job || loadedId === job.id) return;
    setLoadedId(job.id);
    setTitle(job.title);
    setTeamId(job.team?.id ?? '');
    setStatus(job.status);
    setDescription(job.description ?? '');
    setOccupationCode(job.occupationCode ?? '');
    setRows(draftsFromJob(job.requirements));
  }, [job, loadedId]);

  const problems = useMemo(() => checkDrafts(rows, scale), [rows, scale]);
  const changeRows = (next: RequirementDraft[]) => {
    setRows(next);
    setServerProblems([]);
    setSaveError(null);
  };

  const propose = async () => {
    setProposeNote(null);
    setProposeError(null);
    if (!description.trim() && !occupationCode.trim()) {
      setProposeError('Enter an O*NET-SOC occupation code or paste a job description first.');
      return;
    }
    setProposing(true);
    try {
      const { data } = await client.query({
        query: PROPOSE_REQUIREMENTS_QUERY,
        variables: { input: { text: description.trim() || null, occupationCode: occupationCode.trim() || null } },
        fetchPolicy: 'network-only',
      });
      const proposals = data?.proposeRequirements ?? [];
      const merged = mergeProposals(rows, proposals, scale.max);
      changeRows(merged.rows);
      setProposeNote(
        proposals.length === 0
          ? 'No known skill was found. Add skills below.'
          : `Added ${merged.added} proposed ${merged.added === 1 ? 'requirement' : 'requirements'}${proposals.length > merged.added ? ` (${proposals.length - merged.added} already listed)` : ''}. Review them before saving.`,
      );
    } catch (e) {
      setProposeError(describeError(e).message);
    } finally {
      setProposing(false);
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaveError(null);
    setServerProblems([]);
    if (!title.trim()) {
      setTitleMissing(true);
      setSaveError('Give the job a title.');
      return;
    }
    setTitleMissing(false);
    if (!draftsValid(problems)) {
      setSaveError('Fix the marked requirements first.');
      return;
    }
    const requirements = toRequirementInputs(rows);
    try {
      if (editing && id) {
        const { data } = await updateJob({ variables: { input: { id, title: title.trim(), teamId, status, description, occupationCode, requirements } } });
        if (data) navigate(paths.job(data.updateJob.job.id));
      } else {
        const { data } = await createJob({
          variables: { input: { title: title.trim(), teamId: teamId || null, status, description: description || null, occupationCode: occupationCode || null, requirements } },
        });
        if (data) navigate(paths.job(data.createJob.job.id));
      }
    } catch (err) {
      setSaveError(describeError(err).message);
      setServerProblems(apiProblems(err));
    }
  };

  const heading = editing ? (job ? `Edit ${job.title}` : 'Edit job') : 'New job';
  const eyebrow = (
    <>
      <Link to={paths.jobs()}>Jobs</Link>
      {editing && job ? (
        <>
          {' '}/ <Link to={paths.job(job.id)}>{job.title}</Link>
        </>
      ) : null}
    </>
  );

  if (!allowed) {
    return (
      <>
        <title>Job editor · SkillProof</title>
        <PageHeader eyebrow={eyebrow} title={heading} />
        <EmptyState title="Only HR and admins edit jobs." />
      </>
    );
  }
  if (editing && existing.loading && !job) return <LoadingState label="job" />;
  if (editing && existing.error && !job) {
    return (
      <>
        <title>Job editor · SkillProof</title>
        <PageHeader eyebrow={eyebrow} title={heading} />
        <QueryError error={existing.error} title="Could not load this job" onRetry={() => void existing.refetch()} />
      </>
    );
  }
  if (editing && !job) {
    return (
      <>
        <title>Job not found · SkillProof</title>
        <PageHeader eyebrow={eyebrow} title="Job not found" />
        <EmptyState title="There is no job with this id." />
      </>
    );
  }

  return (
    <>
      <title>{`${heading} · SkillProof`}</title>
      <PageHeader eyebrow={eyebrow} title={heading} meta={<p>Requirements are matched against verified credentials only. Nothing is saved until you press “Save job”.</p>} />
      <form onSubmit={(e) => void save(e)} noValidate className="job-editor">
        <Section id="job-details" title="Job details">
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${ids}-title`}>Title (required)</label>
              <input
                id={`${ids}-title`}
                value={title}
                maxLength={200}
                required
                onChange={(e) => setTitle(e.target.value)}
                aria-invalid={titleMissing ? true : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-team`}>Team</label>
              <select id={`${ids}-team`} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">No team</option>
                {(options.data?.hiringTeams ?? []).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-status`}>Status</label>
              <select id={`${ids}-status`} value={status} onChange={(e) => setStatus(e.target.value as JobStatus)}>
                {STATUSES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {options.error ? <QueryError error={options.error} title="Could not load the teams and the level scale" onRetry={() => void options.refetch()} /> : null}
        </Section>

        <Section
          id="job-start"
          title="Start from an occupation or a description"
          description="Proposals are added to the requirements below for you to confirm or change; skills already listed keep your settings."
        >
          <div className="field">
            <label htmlFor={`${ids}-occupation`}>O*NET-SOC occupation code</label>
            <input id={`${ids}-occupation`} value={occupationCode} onChange={(e) => setOccupationCode(e.target.value)} placeholder="15-1254.00" aria-describedby={`${ids}-occupation-hint`} />
            <p id={`${ids}-occupation-hint`} className="field__hint">
              e.g. 15-1254.00 Web Developers; its O*NET skill profile gives levels and must-haves.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-description`}>Job description</label>
            <textarea id={`${ids}-description`} rows={8} maxLength={100_000} value={description} onChange={(e) => setDescription(e.target.value)}
              placeholder={'Requirements:\n- SQL and Python are a must\nNice to have: Tableau'} />
          </div>
          <button type="button" className="button button--ghost" onClick={() => void propose()} disabled={proposing}>
            {proposing ? 'Proposing…' : 'Propose requirements'}
          </button>
          <p role="status" aria-live="polite" className="muted" data-testid="propose-note">
            {proposeNote}
          </p>
          {proposeError ? (
            <p role="alert" className="state state--error">
              {proposeError}
            </p>
          ) : null}
        </Section>

        <Section id="job-requirements" title={`Requirements (${rows.length})`} description="Minimum level on your organisation’s scale (0 = presence is enough), relative weight in the fit, and whether it is a must-have.">
          <RequirementsEditor rows={rows} onChange={changeRows} scale={scale} problems={problems} apiProblems={serverProblems} />
        </Section>

        {saveError ? (
          <div role="alert" className="state state--error" data-testid="save-error">
            <p className="state__title">The job was not saved</p>
            <p className="state__message">{saveError}</p>
            {serverProblems.length > 1 ? (
              <ul className="plain-list">
                {serverProblems.map((p) => (
                  <li key={`${p.index}-${p.field}`}>{p.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="button-row form-actions">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Saving…' : 'Save job'}
          </button>
          <Link className="button button--ghost" to={editing && id ? paths.job(id) : paths.jobs()}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
