import { useMutation, useQuery } from '@apollo/client/react';
import { IMPORT_CANDIDATES_MUTATION, JOBS_QUERY, type CandidateImportResult } from '@skillproof/dashboard-data-access';
import { Badge, CsvDownloadButton, PageHeader, Pager, Section, Stat, StatList, TableWrap, usePagination } from '@skillproof/dashboard-ui';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { usePipelineAccess } from './hooks/use-pipeline-access';
import { bytesToBase64 } from './utils/bytes-to-base64';
import './jobs.css';

/** Largest file sent (the API refuses more than 2,000,000 bytes). */
const MAX_BYTES = 2_000_000;
const ROWS_PER_PAGE = 25;

/**
 * `/jobs/import-candidates` (HR, ADMIN): upload a CSV of candidates and their claimed skills (email,
 * name, skill, level), optionally into a job's pipeline. The file goes as raw bytes (base64) so the API
 * detects its encoding (UTF-8, Windows-1252) and separator (`,` or `;`). Shows the summary and a
 * paginated table of the rows, rejected ones first, each with its row number (header = row 1).
 */
export default function CandidateImportPage() {
  const [params] = useSearchParams();
  const allowed = usePipelineAccess();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState(params.get('job') ?? '');
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<CandidateImportResult | null>(null);
  const [showAll, setShowAll] = useState(false);
  const ids = useId();
  const jobs = useQuery(JOBS_QUERY, { variables: { first: 200 }, skip: !allowed });
  const [importCandidates, { loading, error, reset }] = useMutation(IMPORT_CANDIDATES_MUTATION);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFileError(null);
    setResult(null);
    reset();
    if (!file) {
      setFileError('Choose a CSV file first.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(`The file is ${file.size.toLocaleString('en')} bytes; the limit is ${MAX_BYTES.toLocaleString('en')}.`);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const { data } = await importCandidates({ variables: { input: { contentBase64: bytesToBase64(bytes), filename: file.name, jobId: jobId || null } } });
      if (data) setResult(data.importCandidates);
    } catch {
      // shown from `error`
    }
  };

  const rows = result ? (showAll ? result.rows : result.rows.filter((r) => r.outcome === 'REJECTED')) : [];
  const [page, setPage] = usePagination(rows, ROWS_PER_PAGE, `${showAll}-${result?.total ?? 0}`);

  if (!allowed) {
    return (
      <>
        <title>Import candidates · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.jobs()}>Jobs</Link>} title="Import candidates" />
        <p className="state state--empty">Only HR and admins import candidates.</p>
      </>
    );
  }

  return (
    <>
      <title>Import candidates · SkillProof</title>
      <PageHeader
        eyebrow={<Link to={paths.jobs()}>Jobs</Link>}
        title="Import candidates"
        meta={<p>Candidates and the skills they claim, from a CSV file. Claimed skills are shown apart and never count in rankings until proven by a verified credential.</p>}
      />
      <Section id="candidate-file" title="CSV file" description="One row per candidate and skill. Columns (any order, header in the first row): email, name, skill, level.">
        <form className="import-candidates" onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${ids}-format`}>
          <div id={`${ids}-format`} className="muted">
            <p>
              Separated by commas or semicolons; UTF-8 (with or without BOM) or a Windows-1252 spreadsheet export. Skills by name or alias (any case, accents optional); levels
              1–5 or their labels (Foundational … Expert). Example: <code>zoe.muller@example.org,Zoë Müller,SQL,3</code>
            </p>
            <p>Each row is all or nothing: a bad row is listed with its row number (the header is row 1) and nothing of it is saved; the other rows are.</p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-file`}>Candidates file (CSV)</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${ids}-file-error` : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-job`}>Add everyone to a job’s pipeline (optional)</label>
            <select id={`${ids}-job`} value={jobId} onChange={(e) => setJobId(e.target.value)}>
              <option value="">No job</option>
              {(jobs.data?.jobs.edges ?? []).map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.title}
                </option>
              ))}
            </select>
            {jobs.error ? <QueryError error={jobs.error} title="Could not load the jobs" onRetry={() => void jobs.refetch()} /> : null}
          </div>
          {fileError ? (
            <p id={`${ids}-file-error`} role="alert" className="state state--error">
              {fileError}
            </p>
          ) : null}
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Importing…' : 'Import candidates'}
          </button>
        </form>
        {error ? <QueryError error={error} title="The file could not be imported" /> : null}
      </Section>

      {result ? (
        <Section id="candidate-import-result" title="Result" description={`Read as ${result.encoding}, separated by “${result.delimiter}”.`}>
          <div data-testid="candidate-import-summary" role="status">
            <StatList>
              <Stat label="Rows" value={result.total} />
              <Stat label="Imported" value={result.imported} />
              <Stat label="Rejected" value={result.rejected} />
              <Stat label="People created" value={result.peopleCreated} />
              <Stat label="People updated" value={result.peopleUpdated} />
              {jobId ? <Stat label="Added to the pipeline" value={result.addedToPipeline} /> : null}
            </StatList>
          </div>
          <div className="button-row">
            <label className="toggle">
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
              <span>Show imported rows too</span>
            </label>
            {result.rejected > 0 ? (
              <CsvDownloadButton
                filename="candidate-import-errors.csv"
                headers={['Row', 'Email', 'Name', 'Skill', 'Level', 'Errors']}
                rows={result.rows.filter((r) => r.outcome === 'REJECTED').map((r) => [r.row, r.email, r.name, r.skill, r.level, r.errors.join(' | ')])}
                label="Download the errors (CSV)"
              />
            ) : null}
            {jobId ? (
              <Link className="button button--ghost" to={paths.jobPipeline(jobId)}>
                Open the job’s pipeline
              </Link>
            ) : null}
          </div>
          {rows.length === 0 ? (
            <p className="muted">{showAll ? 'The file had no data rows.' : 'Every row was imported.'}</p>
          ) : (
            <>
              <TableWrap label="Imported rows" testId="candidate-import-rows">
                <table className="table table--compact">
                  <caption className="visually-hidden">{showAll ? 'Every row of the file' : 'Rejected rows'} with their row number in the file (the header is row 1)</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">Row</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Email</th>
                      <th scope="col">Name</th>
                      <th scope="col">Skill</th>
                      <th scope="col" className="num">Level</th>
                      <th scope="col">Errors</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((r) => (
                      <tr key={r.row}>
                        <th scope="row" className="num">{r.row}</th>
                        <td>{r.outcome === 'IMPORTED' ? <Badge tone="success" symbol="✓">Imported</Badge> : <Badge tone="danger" symbol="✕">Rejected</Badge>}</td>
                        <td>{r.email || <span className="muted">—</span>}</td>
                        <td>{r.name || <span className="muted">—</span>}</td>
                        <td>
                          {r.skill || <span className="muted">—</span>}
                          {r.skillName && r.skillName !== r.skill ? <span className="cell-sub">→ {r.skillName}</span> : null}
                        </td>
                        <td className="num">{r.level ?? '—'}</td>
                        <td>
                          {r.errors.length ? (
                            <ul className="plain-list">
                              {r.errors.map((m) => (
                                <li key={m}>{m}</li>
                              ))}
                            </ul>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              <Pager page={page} onPage={setPage} label="import rows" />
            </>
          )}
        </Section>
      ) : null}
    </>
  );
}
