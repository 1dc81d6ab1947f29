/**
 * `npm run import -- <file> [--url http://localhost:3000] [--token <accessToken> | --email <e> --password <p>] [--org <id>]`
 *
 * With sign-in enabled, pass an access token, or an HR/ADMIN account's email and password (the CLI
 * calls the `login` mutation).
 *
 * Uploads a bulk-import file (JSON array, NDJSON, zip of .json/.jsonld/.jwt, CSV of documents or URLs
 * with person emails) to a RUNNING SkillProof server (`POST /imports`), then polls the `importJob`
 * GraphQL query and shows a terminal progress bar with the counts, ending with a summary table of
 * outcomes and the per-item errors. Exit code 0 when the job completed (even with FAILED
 * credentials: they are stored with their reports), 1 when the job failed, 2 on usage or transport
 * errors (server unreachable, upload refused).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';

interface Job {
  id: string; status: string; total: number; processed: number; verified: number; failed: number;
  indeterminate: number; duplicates: number; errors: number; error: string | null;
}
interface Item { index: number; source: string; outcome: string | null; reasons: string[]; error: string | null }

const JOB = `query($id: ID!) { importJob(id: $id) { id status total processed verified failed indeterminate duplicates errors error } }`;
const ITEMS = `query($id: ID!, $after: String) { importJob(id: $id) { items(first: 500, after: $after, outcome: ERROR) {
  pageInfo { hasNextPage endCursor } edges { node { index source outcome reasons error } } } } }`;

class TransportError extends Error {}

interface Args { file: string; url: string; org?: string; token?: string; email?: string; password?: string }

function parseArgs(argv: string[]): Args {
  const opts: Record<string, string> = { url: 'http://localhost:3000' };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(url|org|token|email|password)(?:=(.*))?$/.exec(argv[i]);
    if (m) opts[m[1]] = m[2] ?? argv[++i] ?? '';
    else rest.push(argv[i]);
  }
  if (rest.length !== 1) throw new TransportError('usage: npm run import -- <file> [--url http://localhost:3000] [--token <accessToken> | --email <e> --password <p>] [--org <organization id>]');
  return { file: rest[0], url: opts['url'].replace(/\/+$/, ''), org: opts['org'], token: opts['token'], email: opts['email'], password: opts['password'] };
}

async function gql<T>(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new TransportError(`cannot reach ${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new TransportError(`GraphQL error: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`}`);
  return body.data;
}

async function main(): Promise<number> {
  const { file, url, org, token, email, password } = parseArgs(process.argv.slice(2));
  const headers: Record<string, string> = org ? { 'x-organization-id': org } : {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  else if (email && password) {
    const login = await gql<{ login: { accessToken: string } }>(url, headers, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password });
    headers['authorization'] = `Bearer ${login.login.accessToken}`;
  }
  let data: Buffer;
  try { data = readFileSync(file); } catch (e) { throw new TransportError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`); }
  let res: Response;
  try {
    res = await fetch(`${url}/imports?filename=${encodeURIComponent(basename(file))}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: data });
  } catch (e) {
    throw new TransportError(`cannot reach ${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const answer = (await res.json().catch(() => ({}))) as { id?: string; code?: string; message?: string };
  if (res.status !== 202 || !answer.id) throw new TransportError(`upload refused (HTTP ${res.status}${answer.code ? ` ${answer.code}` : ''}): ${answer.message ?? 'no message'}`);
  const id = answer.id;
  process.stdout.write(`import job ${id} queued (${basename(file)}, ${data.length} bytes)\n`);

  const bar = new SingleBar({ format: ' {bar} {percentage}% | {value}/{total} | verified {verified} failed {failed} could-not-check {indeterminate} duplicates {duplicates} errors {errors}', hideCursor: true }, Presets.shades_classic);
  let job = (await gql<{ importJob: Job }>(url, headers, JOB, { id })).importJob;
  bar.start(Math.max(job.total, 1), job.processed, job);
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 500));
    job = (await gql<{ importJob: Job }>(url, headers, JOB, { id })).importJob;
    bar.setTotal(Math.max(job.total, 1));
    bar.update(job.processed, job);
  }
  bar.stop();

  console.log(`\njob ${job.status}`);
  console.table({ VERIFIED: job.verified, FAILED: job.failed, INDETERMINATE: job.indeterminate, DUPLICATE: job.duplicates, ERROR: job.errors, total: job.total });
  const errors: Item[] = [];
  for (let after: string | null = null; ;) {
    const page: { importJob: { items: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Item }[] } } } =
      await gql(url, headers, ITEMS, { id, after });
    errors.push(...page.importJob.items.edges.map((e) => e.node));
    if (!page.importJob.items.pageInfo.hasNextPage) break;
    after = page.importJob.items.pageInfo.endCursor;
  }
  if (errors.length) {
    console.log('items not imported:');
    console.table(errors.map((e) => ({ source: e.source, reasons: e.reasons.join(' '), error: e.error })));
  }
  if (job.status === 'FAILED') {
    console.error(`the job failed: ${job.error ?? 'unknown error'}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  },
);
