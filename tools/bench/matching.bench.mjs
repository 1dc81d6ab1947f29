#!/usr/bin/env node
// Matching and gap analytics at scale (issue 4). `npm run bench -- matching [--candidates N] [--linearity]`
//
// 1. Creates (or reuses) the database `skillproof_bench_<N>` on BENCH_DATABASE_URL / TEST_DATABASE_URL
//    (default postgres://postgres@127.0.0.1:5432/postgres), migrates and loads the reference taxonomy
//    with the BUILT CLI (dist/apps/api/apps/api/src/cli/prepare-database.js --seed), then generates the
//    benchmark organisation (tools/generate-bench-data, default N = 100,000 candidates ≈ 1,000,000
//    credentials, + a 10,000-employee workforce team, streamed with COPY) unless it is already there.
// 2. Starts the built server (dist/apps/api/apps/api/src/main.js, SEED_DEMO=false) and measures over
//    GraphQL/HTTP:
//    - B_scan   = median of 5 `SELECT count(*) FROM attained_evidence` (the attained-levels person ×
//                 skill table; one database per size, so only the N-candidate data), same run;
//    - matches_vs_scan = median time of job.matches(first: 50) over 10 jobs ÷ B_scan (goal ≤ 0.5);
//    - gaps_vs_scan    = median of 5 team.skillGaps of the 10,000-employee team ÷ B_scan (goal ≤ 2);
//    - linearity_10x   (with --linearity) = match time in `skillproof_bench_<10N>` (10× candidates,
//                        generated if missing) ÷ match time at N, both measured right after each other.
// Records the ratios with recordBenchResults (bench-results.json). Sign-in: the bench creates an ADMIN
// account in each bench organisation and calls the `login` mutation (or uses BENCH_TOKEN when set).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateBenchData } from '../generate-bench-data/generate-bench-data.mjs';
import { ROOT, median, recordBenchResults } from './results.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const arg = (name, def) => {
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const CANDIDATES = Number(arg('candidates', '100000'));
const LINEARITY = process.argv.includes('--linearity');
const SEED = 42;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (name) => { const u = new URL(serverUrl); u.pathname = `/${name}`; return u.toString(); };
// One database per dataset size (skillproof_bench_<candidates>), so B_scan (a count over the whole
// table) covers only the measured data, and a 10× database is reused as the 1× of a 10× larger run.
const dbName = (candidates) => `skillproof_bench_${candidates}`;
const BENCH_DB = dbName(CANDIDATES);
const BENCH_DB_10X = dbName(CANDIDATES * 10);
const log = (m) => console.log(`[bench:matching] ${m}`);

const freePort = () => new Promise((resolve, reject) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  srv.on('error', reject);
});

async function prepare(name) {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  log(`database ${dbUrl(name)}: migrating and loading the reference taxonomy (demo seed, once)`);
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/cli/prepare-database.js'), '--seed'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: dbUrl(name), REFERENCE_DATA_DIR: join(ROOT, 'data', 'reference') },
  });
  if (r.status !== 0) throw new Error('prepare-database failed');
  log(`  prepared in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

async function ensureData(db, candidates) {
  const slug = `bench-${candidates}-${SEED}`;
  const org = (await db.query('SELECT id FROM organization WHERE slug = $1', [slug])).rows[0];
  if (org) {
    const jobIds = (await db.query(`SELECT id FROM job WHERE organization_id = $1 ORDER BY title, id`, [org.id])).rows.map((r) => r.id);
    const team = (await db.query(`SELECT id FROM team WHERE organization_id = $1 AND name = 'Whole workforce'`, [org.id])).rows[0];
    log(`reusing ${slug}`);
    return { organizationId: org.id, jobIds, workforceTeamId: team.id };
  }
  log(`generating ${candidates} candidates (this takes a while)…`);
  return generateBenchData({ client: db, candidates, seed: SEED, log: (m) => log(m) });
}

async function startServer(benchUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: benchUrl, SEED_DEMO: 'false', PORT: String(port), JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(48).toString('base64'), NODE_ENV: 'production', REFERENCE_DATA_DIR: join(ROOT, 'data', 'reference') },
  });
  child.stdout.resume(); // the server's log is not needed here
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) return { child, url };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the server did not start');
}

const tokens = new Map();
const BENCH_PASSWORD = 'bench-password-not-secret-1';

/** An ADMIN account of the bench organisation (argon2id hash, as the product stores them). */
async function ensureBenchUser(db, organizationId) {
  if (!(await db.query(`SELECT to_regclass('app_user') AS t`)).rows[0].t) return;
  const { hash } = require('argon2');
  await db.query(`INSERT INTO app_user (organization_id, email, display_name, password_hash, roles) VALUES ($1, $2, 'Bench admin', $3, ARRAY['ADMIN'])
    ON CONFLICT (organization_id, email) DO UPDATE SET password_hash = excluded.password_hash, disabled = false`,
  [organizationId, `bench-admin@${organizationId.slice(0, 8)}.bench.example`, await hash(BENCH_PASSWORD)]);
}

/** Access tokens are short-lived (ACCESS_TOKEN_TTL_MINUTES): one older than this is replaced. */
const TOKEN_REUSE_MS = 5 * 60_000;

/**
 * Signs in the bench admin of the organisation (again when the last token is older than
 * TOKEN_REUSE_MS: a 10x load takes far longer than a token lives), unless BENCH_TOKEN is given.
 */
async function token(url, organizationId) {
  if (process.env.BENCH_TOKEN) return process.env.BENCH_TOKEN;
  const cached = tokens.get(organizationId);
  if (!cached || Date.now() - cached.at > TOKEN_REUSE_MS) {
    const res = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-organization-id': organizationId },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        variables: { e: `bench-admin@${organizationId.slice(0, 8)}.bench.example`, p: BENCH_PASSWORD } }),
    });
    const body = await res.json();
    tokens.set(organizationId, { value: body.data?.login?.accessToken ?? null, at: Date.now() });
  }
  return tokens.get(organizationId).value;
}

async function gql(url, organizationId, query, variables) {
  const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-organization-id': organizationId };
  const bearer = await token(url, organizationId);
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  const ms = performance.now() - started;
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
  return { ms, data: body.data };
}

const MATCHES = `query($id: ID!) { job(id: $id) { matches(first: 50) { totalCount edges { node { rank fit eligible metCount
  person { id displayName } requirements { skill { id } status attainedLevel evidence { credentialId } } } } } } }`;
const GAPS = `query($id: ID!) { team(id: $id) { id skillGaps { needed covered gap minLevel } } }`;

async function matchTime(url, data) {
  const jobs = data.jobIds.slice(0, 10);
  // Warm-up, as B_scan gets one: each job once untimed (taxonomy and catalogue caches, the job's pages
  // in shared buffers, its statement plans), then the timed pass.
  for (const id of jobs) await gql(url, data.organizationId, MATCHES, { id });
  const times = [];
  for (const id of jobs) times.push((await gql(url, data.organizationId, MATCHES, { id })).ms);
  return median(times);
}

const servers = [];
try {
  await prepare(BENCH_DB);
  const bench = new Client({ connectionString: dbUrl(BENCH_DB) });
  await bench.connect();
  let t = performance.now();
  const base = await ensureData(bench, CANDIDATES);
  log(`1× data ready in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await ensureBenchUser(bench, base.organizationId);
  await bench.query('VACUUM ANALYZE');
  const scans = [];
  await bench.query('SELECT count(*) FROM attained_evidence');
  for (let i = 0; i < 5; i++) {
    const s0 = performance.now();
    await bench.query('SELECT count(*) FROM attained_evidence');
    scans.push(performance.now() - s0);
  }
  const rows = (await bench.query('SELECT count(*)::int AS n FROM attained_evidence')).rows[0].n;
  await bench.end();
  const bScan = median(scans);
  log(`B_scan = ${bScan.toFixed(1)} ms (count(*) over ${rows} attained_evidence rows)`);

  const server = await startServer(dbUrl(BENCH_DB));
  servers.push(server);
  const match = await matchTime(server.url, base);
  log(`job.matches(first: 50): median ${match.toFixed(1)} ms over 10 jobs (${CANDIDATES} candidates)`);
  await gql(server.url, base.organizationId, GAPS, { id: base.workforceTeamId });
  const gapTimes = [];
  for (let i = 0; i < 5; i++) gapTimes.push((await gql(server.url, base.organizationId, GAPS, { id: base.workforceTeamId })).ms);
  const gaps = median(gapTimes);
  log(`team.skillGaps (10,000 employees): median ${gaps.toFixed(1)} ms`);
  const figures = { matches_vs_scan: match / bScan, gaps_vs_scan: gaps / bScan };
  if (LINEARITY) {
    await prepare(BENCH_DB_10X);
    const big = new Client({ connectionString: dbUrl(BENCH_DB_10X) });
    await big.connect();
    t = performance.now();
    const bigData = await ensureData(big, CANDIDATES * 10);
    log(`10× data ready in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    await ensureBenchUser(big, bigData.organizationId);
    await big.query('VACUUM ANALYZE');
    await big.end();
    const bigServer = await startServer(dbUrl(BENCH_DB_10X));
    servers.push(bigServer);
    // Same process, same moment: re-measure 1× right before 10× (the machine is shared).
    const match1 = await matchTime(server.url, base);
    const bigMatch = await matchTime(bigServer.url, bigData);
    log(`job.matches(first: 50): ${match1.toFixed(1)} ms at ${CANDIDATES}, ${bigMatch.toFixed(1)} ms at ${CANDIDATES * 10} candidates`);
    figures.linearity_10x = bigMatch / match1;
  }
  recordBenchResults(figures);
} finally {
  for (const s of servers) s.child.kill();
}
