#!/usr/bin/env node
// Deterministic, seeded benchmark data generator (../../../shared/design/DATA.md "Benchmark data").
//
//   node tools/generate-bench-data/generate-bench-data.mjs --database-url postgres://… [--candidates 100000] [--seed 42]
//
// Writes STRAIGHT into an already migrated database (the reference taxonomy must be loaded: run
// prepare-database first); nothing is written to disk and nothing is committed to git. One organisation
// "Bench" (slug `bench-<candidates>`) with N candidates, a 10,000-employee workforce in teams (one team
// "Whole workforce" holds all of them, for team.skillGaps), the reference jobs, and about 10
// credentials per person:
// - home occupation sampled by OEWS May 2024 employment (TOT_EMP) among the occupations of the
//   reference jobs (data/reference/jobs.json; OEWS file from data/reference/bls_oews,
//   else uniform), required skills = the O*NET-rated requirements of that occupation, level ≈ required
//   ± 1; 20% of the credentials are off-profile (any skill of any job);
// - issue dates 2015–2025; ~15% expired (stored FAILED with reason EXPIRED, as the importer does),
//   2% revoked (FAILED, REVOKED), 1% failing verification (FAILED, SIGNATURE_INVALID), the rest VERIFIED;
// - every credential has a SYNTHETIC `document` and report: they are NOT signed (the benchmark
//   measures ranking, not verification), issuer "[synthetic] <skill group> Academy".
// Loading: rows are generated in chunks of 10,000 people and STREAMED into PostgreSQL with
// `COPY … FROM STDIN` (pg-copy-streams, text format) — person, then credential, then
// credential_alignment per chunk — inside ONE transaction; the database's statement triggers maintain
// skill_closure / attained_evidence as for any other writer (one trigger run per COPY chunk), except
// the matching bounds, computed once at the end. Memory stays bounded by the chunk whatever
// `--candidates` is.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const CHUNK = 10_000; // people per COPY chunk
const { from: copyFrom } = require('pg-copy-streams');
const EMPLOYEES = 10_000;
const NOW = Date.UTC(2026, 0, 1);
const YEAR = 365.25 * 86_400_000;

/** mulberry32: small, fast, deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic uuid (v4 layout) from a name. */
function uuidOf(name) {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function employmentWeights(codes) {
  // BLS OEWS May 2024 national employment (public domain), copied with its PROVENANCE.
  const file = join(ROOT, 'data', 'reference', 'bls_oews', 'oews_national_may2024_detailed.tsv');
  const emp = new Map();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [code, , group, tot] = line.split('\t');
      if (group === 'detailed' && /^\d+$/.test(tot ?? '')) emp.set(code, Number(tot));
    }
  }
  return codes.map((c) => emp.get(c.slice(0, 7)) ?? (emp.size ? 1000 : 1));
}

function sampler(weights, rnd) {
  const cum = [];
  let s = 0;
  for (const w of weights) cum.push((s += w));
  return () => {
    const x = rnd() * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** One value in COPY text format (\\N = NULL; backslash, tab, newline, carriage return escaped). */
function copyValue(v) {
  if (v === null || v === undefined) return '\\N';
  const t = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/.test(t) ? t.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : t;
}

/** Streams `rows` (arrays in `columns` order) into `table` with one `COPY … FROM STDIN` statement. */
async function insertRows(client, table, columns, _types, rows) {
  if (!rows.length) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  async function* lines() {
    let buf = '';
    for (const r of rows) {
      buf += `${r.map(copyValue).join('\t')}\n`;
      if (buf.length > 1 << 20) { yield buf; buf = ''; }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(lines()), stream);
}

/**
 * Generates and loads the benchmark organisation into `client` (a connected pg Client). Deterministic
 * for a given (candidates, seed). Returns the organisation id, job ids, the workforce team id and counts.
 */
export async function generateBenchData({ client, candidates = 100_000, seed = 42, log = (m) => console.log(m) }) {
  const rnd = prng(seed);
  const jobs = JSON.parse(readFileSync(join(ROOT, 'data', 'reference', 'jobs.json'), 'utf8'));
  const known = new Set((await client.query('SELECT id FROM skill')).rows.map((r) => r.id));
  if (!known.size) throw new Error('the skill taxonomy is empty: run prepare-database first');
  for (const j of jobs) j.requirements = j.requirements.filter((r) => known.has(r.skillId));
  const allSkills = [...new Set(jobs.flatMap((j) => j.requirements.map((r) => r.skillId)))];
  const pickJob = sampler(employmentWeights(jobs.map((j) => j.occupationCode)), rnd);
  const slug = `bench-${candidates}-${seed}`;
  const orgId = uuidOf(slug);
  const started = Date.now();
  let jobRows = [];
  await client.query('BEGIN');
  // Bulk load: the per-statement refresh of the matching bounds (job_match_bound, migration
  // 1765065600001) is suspended for this transaction and replaced by ONE full refresh before commit
  // (same resulting rows, ~10× cheaper than refreshing each chunk's people).
  const bounds = (await client.query(`SELECT to_regproc('job_match_bound_refresh') IS NOT NULL AS present`)).rows[0].present;
  try {
    if (bounds) await client.query('ALTER TABLE attained_evidence DISABLE TRIGGER job_match_bound_evidence_insert');
    await client.query('DELETE FROM organization WHERE id = $1', [orgId]);
    await client.query(`INSERT INTO organization (id, name, slug, proficiency_scale) VALUES ($1, $2, $3, $4)`,
      [orgId, `Bench (${candidates} candidates)`, slug, JSON.stringify({ min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] })]);
    const groups = ['Data', 'Cloud', 'Finance', 'Care', 'Trades', 'Management'];
    const issuers = groups.map((g, i) => [uuidOf(`${slug}:issuer:${g}`), orgId, `[synthetic] ${g} Academy`, i % 2 === 0]);
    await insertRows(client, 'issuer', ['id', 'organization_id', 'name', 'trusted'], ['uuid', 'uuid', 'text', 'boolean'], issuers);
    const workforceTeam = uuidOf(`${slug}:team:workforce`);
    const teams = [[workforceTeam, orgId, 'Whole workforce']];
    for (const j of jobs) teams.push([uuidOf(`${slug}:team:${j.teamKey}`), orgId, `Bench ${j.teamKey}`]);
    const uniqueTeams = [...new Map(teams.map((t) => [t[0], t])).values()];
    await insertRows(client, 'team', ['id', 'organization_id', 'name'], ['uuid', 'uuid', 'text'], uniqueTeams);
    // Target of the workforce team: the 12 most required skills.
    const freq = new Map();
    for (const j of jobs) for (const r of j.requirements) freq.set(r.skillId, (freq.get(r.skillId) ?? 0) + 1);
    const target = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
    await insertRows(client, 'team_target_skill', ['team_id', 'skill_id', 'organization_id', 'min_level', 'needed'], ['uuid', 'text', 'uuid', 'int', 'int'],
      target.map(([skill], i) => [workforceTeam, skill, orgId, 2 + (i % 3), 50 + 25 * i]));
    jobRows = jobs.map((j) => [uuidOf(`${slug}:job:${j.id}`), orgId, uuidOf(`${slug}:team:${j.teamKey}`), j.title, j.description ?? null, j.occupationCode, 'OPEN']);
    await insertRows(client, 'job', ['id', 'organization_id', 'team_id', 'title', 'description', 'occupation_code', 'status'], ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text'], jobRows);
    await insertRows(client, 'job_requirement', ['job_id', 'skill_id', 'organization_id', 'min_level', 'weight', 'must_have', 'position'], ['uuid', 'text', 'uuid', 'int', 'real', 'boolean', 'int'],
      jobs.flatMap((j) => j.requirements.map((r, i) => [uuidOf(`${slug}:job:${j.id}`), r.skillId, orgId, r.minLevel, r.weight, r.mustHave, i])));

    const total = candidates + EMPLOYEES;
    let people = [];
    let credentials = [];
    let alignments = [];
    let credentialCount = 0;
    const flush = async (force) => {
      if (!force && people.length < CHUNK) return;
      await insertRows(client, 'person', ['id', 'organization_id', 'kind', 'given_name', 'family_name', 'display_name', 'email', 'code', 'team_id', 'home_occupation_code'],
        ['uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'uuid', 'text'], people);
      await insertRows(client, 'credential', ['id', 'organization_id', 'person_id', 'issuer_id', 'credential_uri', 'content_hash', 'format', 'document', 'name', 'issuer_name', 'issued_on', 'valid_from', 'valid_until', 'verification_status', 'verification_report', 'verified_at'],
        ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'timestamptz', 'text', 'jsonb', 'timestamptz'], credentials);
      await insertRows(client, 'credential_alignment', ['credential_id', 'skill_id', 'organization_id', 'level'], ['uuid', 'text', 'uuid', 'int'], alignments);
      people = [];
      credentials = [];
      alignments = [];
    };
    for (let p = 0; p < total; p++) {
      const employee = p >= candidates;
      const job = jobs[pickJob()];
      const personId = uuidOf(`${slug}:person:${p}`);
      const code = `${employee ? 'E' : 'C'}-${String(p).padStart(7, '0')}`;
      people.push([personId, orgId, employee ? 'EMPLOYEE' : 'CANDIDATE', 'Bench', code, `Bench ${code}`, `${code.toLowerCase()}@bench.example`, code,
        employee ? workforceTeam : null, job.occupationCode]);
      const n = 6 + Math.floor(rnd() * 9); // 6..14, mean 10
      for (let k = 0; k < n; k++) {
        const credentialId = uuidOf(`${slug}:credential:${p}:${k}`);
        const onProfile = rnd() < 0.8 && job.requirements.length > 0;
        const req = onProfile ? job.requirements[Math.floor(rnd() * job.requirements.length)] : null;
        const skill = req ? req.skillId : allSkills[Math.floor(rnd() * allSkills.length)];
        const base = req ? req.minLevel : 1 + Math.floor(rnd() * 5);
        const level = Math.max(0, Math.min(5, base + Math.round((rnd() - 0.5) * 2.4)));
        const issuedOn = Date.UTC(2015, 0, 1) + rnd() * 11 * YEAR;
        const roll = rnd();
        let validUntil = rnd() < 0.5 ? null : issuedOn + (2 + rnd() * 3) * YEAR;
        let status = 'VERIFIED';
        let reasons = [];
        if (roll < 0.15) {
          validUntil = issuedOn + rnd() * Math.max(0, NOW - issuedOn);
          status = 'FAILED'; reasons = ['EXPIRED'];
        } else if (roll < 0.17) {
          status = 'FAILED'; reasons = ['REVOKED'];
        } else if (roll < 0.18) {
          status = 'FAILED'; reasons = ['SIGNATURE_INVALID'];
        } else if (validUntil !== null && validUntil <= NOW) {
          validUntil = NOW + rnd() * 3 * YEAR;
        }
        const issuer = issuers[Math.floor(rnd() * issuers.length)];
        const name = `[synthetic] ${skill} credential L${level}`;
        const document = JSON.stringify({ synthetic: true, signed: false, id: `urn:uuid:${credentialId}`, name, skill, level });
        const report = JSON.stringify({ status, reasons, checks: [], synthetic: true });
        const issued = new Date(issuedOn).toISOString();
        credentials.push([credentialId, orgId, personId, issuer[0], `urn:uuid:${credentialId}`, credentialId, 'SYNTHETIC', document, name, issuer[2],
          issued, issued, validUntil === null ? null : new Date(validUntil).toISOString(), status, report, issued]);
        alignments.push([credentialId, skill, orgId, level]);
        // A second, related alignment on some credentials (another skill of the same job).
        if (req && rnd() < 0.35) {
          const other = job.requirements[Math.floor(rnd() * job.requirements.length)].skillId;
          if (other !== skill) alignments.push([credentialId, other, orgId, Math.max(0, level - 1)]);
        }
        credentialCount++;
      }
      await flush(false);
      if ((p + 1) % 20_000 === 0) log(`  ${p + 1}/${total} people, ${credentialCount} credentials (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await flush(true);
    if (bounds) {
      await client.query('ALTER TABLE attained_evidence ENABLE TRIGGER job_match_bound_evidence_insert');
      const t = Date.now();
      await client.query('SELECT job_match_bound_refresh($1, NULL, NULL)', [orgId]);
      log(`  matching bounds computed in ${Math.round((Date.now() - t) / 1000)} s`);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
  await client.query('ANALYZE person; ANALYZE credential; ANALYZE credential_alignment; ANALYZE attained_evidence');
  const stats = (await client.query(`SELECT (SELECT count(*) FROM credential WHERE organization_id = $1)::int AS credentials,
    (SELECT count(*) FROM attained_evidence WHERE organization_id = $1)::int AS attained`, [orgId])).rows[0];
  log(`bench data: ${candidates} candidates + ${EMPLOYEES} employees, ${stats.credentials} credentials, ${stats.attained} attained_evidence rows in ${Math.round((Date.now() - started) / 1000)} s`);
  return { organizationId: orgId, jobIds: jobRows.map((j) => j[0]), workforceTeamId: uuidOf(`${slug}:team:workforce`), ...stats };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, def) => {
    const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
    if (eq) return eq.slice(name.length + 3);
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : def;
  };
  const { Client } = require('pg');
  const client = new Client({ connectionString: arg('database-url', process.env.DATABASE_URL) });
  await client.connect();
  try {
    await generateBenchData({ client, candidates: Number(arg('candidates', '100000')), seed: Number(arg('seed', '42')) });
  } finally {
    await client.end();
  }
}
