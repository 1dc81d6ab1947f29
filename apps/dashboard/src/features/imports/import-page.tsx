import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeError,
  IMPORT_CREDENTIAL_MUTATION,
  IMPORT_JOB_QUERY,
  type ImportCredentialData,
  type ImportJobItem,
  type ImportOutcome,
} from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, LoadingState, PageHeader, Section, Stat, StatList, TableWrap, type Tone } from '@skillproof/dashboard-ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { clearSession, getSession, useSession } from '../auth/session';
import { PERSON_NAME_QUERY } from './graphql/people-search.query';
import { clearPendingImport, readPendingImport } from './pending-import';
import { PersonPicker, type PickedPerson } from './person-picker';
import { uploadImportFile } from './upload-import-file';
import { VerificationReportView } from './verification-report-view';
import './imports.css';

/** Items per page of the outcome table. */
const ITEMS_PAGE = 25;
/** Poll interval (ms) while a bulk import runs. */
const POLL_MS = 1000;

const OUTCOMES: Record<ImportOutcome, { label: string; tone: Tone; symbol: string }> = {
  VERIFIED: { label: 'Verified', tone: 'success', symbol: '✓' },
  FAILED: { label: 'Failed', tone: 'danger', symbol: '✗' },
  INDETERMINATE: { label: 'Could not check', tone: 'warning', symbol: '?' },
  DUPLICATE: { label: 'Duplicate', tone: 'neutral', symbol: '=' },
  ERROR: { label: 'Error', tone: 'danger', symbol: '!' },
};

/** Import page (ADMIN, HR, L&D): paste one credential, or upload a file for a bulk import. */
export default function ImportPage() {
  // Bulk import (POST /imports) is for ADMIN and HR; L&D pastes single credentials.
  const roles = useSession()?.user.roles ?? [];
  const canBulkImport = roles.includes('ADMIN') || roles.includes('HR');
  return (
    <>
      <title>Import · SkillProof</title>
      <PageHeader
        title="Import credentials"
        meta={<p>Every credential is verified on import and stored with its report, whatever the outcome. Only verified credentials count.</p>}
      />
      <PasteSection />
      {canBulkImport ? <UploadSection /> : null}
    </>
  );
}

function PasteSection() {
  const textareaId = useId();
  const [params] = useSearchParams();
  const personParam = params.get('person');
  const [pending] = useState(() => readPendingImport(personParam));
  const [document, setDocument] = useState(pending?.document ?? '');
  const [person, setPerson] = useState<PickedPerson | null>(pending ? { id: pending.personId, displayName: pending.personName } : null);
  const named = useQuery(PERSON_NAME_QUERY, { variables: { id: personParam ?? '' }, skip: !personParam || !!pending });
  useEffect(() => {
    const p = named.data?.person;
    if (p && personParam === p.id) setPerson({ id: p.id, displayName: p.displayName });
  }, [named.data, personParam]);
  const roles = useSession()?.user.roles ?? [];
  const [importedFor, setImportedFor] = useState<PickedPerson | null>(null);
  const [result, setResult] = useState<ImportCredentialData['importCredential'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importCredential, { loading }] = useMutation(IMPORT_CREDENTIAL_MUTATION);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (!document.trim()) {
      setError('Paste a credential first (JSON-LD, a compact JWT or the https URL of a hosted assertion).');
      return;
    }
    try {
      const r = await importCredential({ variables: { input: { document, personId: person?.id ?? null } } });
      setResult(r.data?.importCredential ?? null);
      setImportedFor(person);
      if (pending) clearPendingImport();
    } catch (err) {
      const { message, code } = describeError(err);
      setError(code ? `${message} (${code})` : message);
    }
  };

  return (
    <Section id="paste" title="Paste a credential" description="One Open Badges 3.0 / VC credential (JSON-LD or VC-JWT), a signed OB 2.0 assertion, or the https URL of a hosted one.">
      <form onSubmit={(e) => void onSubmit(e)} className="import-form">
        {pending ? (
          <p className="import-notice" role="status">
            <span aria-hidden="true">ℹ </span>
            {pending.label} for {pending.personName} is ready below (also downloaded as a file). Check it, then import it.
          </p>
        ) : null}
        <PersonPicker value={person} onChange={setPerson} />
        <label htmlFor={textareaId}>Credential</label>
        <textarea id={textareaId} rows={10} spellCheck={false} value={document} onChange={(e) => setDocument(e.target.value)} />
        <div>
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Verifying…' : 'Import and verify'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="import-error">
            Could not import: {error}
          </p>
        ) : null}
        {result ? (
          <div className="import-result" data-testid="paste-result">
            <p>
              <strong>{result.credential.name}</strong>
              {result.credential.issuer ? <> · issued by {result.credential.issuer.name}</> : null} ·{' '}
              {result.created ? 'stored as a new credential' : 'already imported: this is the stored credential'}
              {importedFor ? <> · attached to <Link to={paths.person(importedFor.id)}>{importedFor.displayName}</Link></> : null}
            </p>
            {importedFor && (roles.includes('LND') || roles.includes('ADMIN')) ? (
              <p>
                <Link to={pending?.returnTo ?? paths.learning()}>Back to the learning board</Link> (a verified credential completes the person's open assignment of its definition).
              </p>
            ) : null}
            <VerificationReportView
              status={result.credential.verification.status}
              reasons={result.credential.verification.reasons}
              checks={result.credential.verification.checks}
            />
          </div>
        ) : null}
      </div>
    </Section>
  );
}

function UploadSection() {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!file) {
      setError('Choose a file first.');
      return;
    }
    setUploading(true);
    const r = await uploadImportFile(file, file.name, getSession()?.accessToken ?? null);
    setUploading(false);
    if (r.ok) {
      setJobId(r.id);
    } else {
      setError(r.message);
      if (r.unauthenticated) clearSession();
    }
  };

  return (
    <Section id="upload" title="Upload a file" description="A JSON array, NDJSON, CSV (with email and credential columns) or a zip of credentials, up to 50 MB. The import runs in the background.">
      <form onSubmit={(e) => void onSubmit(e)} className="import-form">
        <label htmlFor={fileId}>Credentials file</label>
        <input id={fileId} type="file" accept=".json,.jsonl,.ndjson,.csv,.zip,.txt,application/json,text/csv,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <div>
          <button type="submit" className="button button--primary" disabled={uploading}>
            {uploading ? 'Uploading…' : 'Upload and import'}
          </button>
        </div>
      </form>
      {error ? (
        <p role="alert" className="import-error">
          Could not start the import: {error}
        </p>
      ) : null}
      {jobId ? <ImportJobView key={jobId} id={jobId} /> : null}
    </Section>
  );
}

function ImportJobView({ id }: { id: string }) {
  const progressId = useId();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [outcome, setOutcome] = useState<ImportOutcome | ''>('');
  const after = cursors[cursors.length - 1];
  const [finished, setFinished] = useState(false);
  const { data, loading, error, refetch } = useQuery(IMPORT_JOB_QUERY, {
    variables: { id, first: ITEMS_PAGE, after, outcome: outcome || null },
    pollInterval: finished ? 0 : POLL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.importJob;
  const done = job ? job.status === 'COMPLETED' || job.status === 'FAILED' : false;
  if (done !== finished && done) setFinished(true);

  if (!job) {
    if (error) return <QueryError error={error} title="Could not load the import" onRetry={() => void refetch()} />;
    if (loading || data === undefined) return <LoadingState label="import progress" />;
    return <EmptyState title="Import not found"><p>This import no longer exists.</p></EmptyState>;
  }

  const percent = Math.round(job.progress * 100);
  const items = job.items.edges.map((e) => e.node);
  const page = cursors.length;
  return (
    <div className="import-job" data-testid="import-job">
      <div className="import-progress">
        <label htmlFor={progressId}>
          Import of {job.filename || 'the file'}: {statusText(job.status)}
        </label>
        <progress id={progressId} max={Math.max(job.total, 1)} value={job.total ? job.processed : done ? 1 : 0} aria-valuetext={`${job.processed} of ${job.total} processed (${percent}%)`}>
          {percent}%
        </progress>
        <p className="import-progress__counts" data-testid="import-progress-text">
          {job.processed} of {job.total} processed ({percent}%)
        </p>
        {job.error ? <p role="alert" className="import-error">The import failed: {job.error}</p> : null}
      </div>
      <StatList>
        <Stat label="Verified" value={job.verified} />
        <Stat label="Failed" value={job.failed} />
        <Stat label="Could not check" value={job.indeterminate} />
        <Stat label="Duplicates" value={job.duplicates} />
        <Stat label="Errors" value={job.errors} />
      </StatList>
      {error ? <QueryError error={error} title="Could not refresh the import" onRetry={() => void refetch()} /> : null}
      <form className="import-filter" onSubmit={(e) => e.preventDefault()}>
        <label>
          Show{' '}
          <select
            value={outcome}
            onChange={(e) => {
              setOutcome(e.target.value as ImportOutcome | '');
              setCursors([null]);
            }}
          >
            <option value="">every outcome</option>
            {(Object.keys(OUTCOMES) as ImportOutcome[]).map((o) => (
              <option key={o} value={o}>
                {OUTCOMES[o].label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {items.length === 0 ? (
        <EmptyState title={done ? 'No items' : 'No results yet'}>
          <p>{done ? 'No item matches this filter.' : 'Results appear here as the credentials are verified.'}</p>
        </EmptyState>
      ) : (
        <TableWrap label="Import outcomes" testId="import-items">
          <table className="table">
            <caption className="visually-hidden">Outcome of each imported item, page {page}</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Outcome</th>
                <th scope="col">Reasons / error</th>
                <th scope="col">Credential</th>
                <th scope="col">Person</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ItemRow key={item.index} item={item} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <nav className="import-pager" aria-label="Import outcome pages">
        <button type="button" className="button" disabled={page <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Previous page
        </button>{' '}
        <span>
          Page {page} of {Math.max(1, Math.ceil(job.items.totalCount / ITEMS_PAGE))} ({job.items.totalCount} items)
        </span>{' '}
        <button
          type="button"
          className="button"
          disabled={!job.items.pageInfo.hasNextPage}
          onClick={() => setCursors((c) => [...c, job.items.pageInfo.endCursor])}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}

function ItemRow({ item }: { item: ImportJobItem }) {
  const info = item.outcome ? OUTCOMES[item.outcome] : null;
  return (
    <tr>
      <td>
        <code>{item.source}</code>
      </td>
      <td>
        {info ? (
          <Badge tone={info.tone} symbol={info.symbol}>
            {info.label}
          </Badge>
        ) : (
          <Badge>Pending</Badge>
        )}
      </td>
      <td>
        {item.error ? <span>{item.error}</span> : null}
        {item.reasons.length ? <span className="import-reasons">{item.reasons.join(', ')}</span> : null}
        {!item.error && !item.reasons.length ? '—' : null}
      </td>
      <td>{item.credential ? item.credential.name : '—'}</td>
      <td>{item.person ? <Link to={paths.person(item.person.id)}>{item.person.displayName}</Link> : '—'}</td>
    </tr>
  );
}

function statusText(status: string): string {
  switch (status) {
    case 'QUEUED': return 'queued';
    case 'RUNNING': return 'running';
    case 'COMPLETED': return 'completed';
    case 'FAILED': return 'failed';
    default: return status.toLowerCase();
  }
}
