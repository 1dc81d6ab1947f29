/**
 * Bulk import (POST /imports → background job → importJob over GraphQL) and re-verification, over
 * HTTP against the real PostgreSQL prepared by apps/api/test/global-setup.ts. The verification pool
 * runs in-process under Jest (the worker script only exists in the built output).
 */
import { strToU8, zipSync } from 'fflate';
import { Client } from 'pg';
import { ReverificationService } from '@skillproof/api-feature-imports';
import { createStatusListCredential, importIssuerKey, issueOpenBadgeCredential, type IssuerKey } from '@skillproof/domain-verification';
import { startTestApp, type TestApp } from '../test/test-app';

/** Signs in as the demo admin when the API has sign-in (`login`); no header otherwise. */
async function signIn(baseUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: 'admin@skillproof.example', p: 'demo-admin-2025' } }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken?: string } } };
  const token = body.data?.login?.accessToken;
  return token ? { authorization: `Bearer ${token}` } : {};
}

type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

interface Job {
  id: string; status: string; format: string; total: number; processed: number; verified: number; failed: number;
  indeterminate: number; duplicates: number; errors: number; progress: number;
  items: { totalCount: number; edges: { node: { index: number; source: string; outcome: string; reasons: string[]; error: string | null;
    credential: { id: string; name: string; verification: { status: string } } | null; person: { id: string; displayName: string } | null } }[] };
}
const JOB = `query($id: ID!) { importJob(id: $id) { id status format total processed verified failed indeterminate duplicates errors progress
  items(first: 100) { totalCount edges { node { index source outcome reasons error credential { id name verification { status } } person { id displayName } } } } } }`;

describe('bulk import and re-verification (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let key: IssuerKey;
  let issuerName: string;
  let definition: { id: string; name: string };
  let listId: string;
  let listIndexes: number[];
  let alice: { id: string; email: string };
  let bob: { id: string; email: string };
  let serial = 0;
  let auth: Record<string, string> = {};
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResult<T>;
  };

  const issue = async (email: string, extra: Partial<Parameters<typeof issueOpenBadgeCredential>[0]> = {}) => {
    serial += 1;
    return issueOpenBadgeCredential({
      key, issuer: { id: key.did, name: issuerName }, credentialId: `urn:uuid:11111111-0000-4000-8000-${String(serial).padStart(12, '0')}`,
      subject: { email, salt: `salt-${serial}` },
      achievement: { id: `urn:uuid:${definition.id}`, name: definition.name, description: definition.name, criteria: { narrative: 'bulk test' } },
      validFrom: new Date('2025-01-01T00:00:00Z'), ...extra,
    });
  };
  const tamper = (vc: Record<string, unknown>) => {
    const copy = structuredClone(vc);
    (copy['credentialSubject'] as { achievement: { name: string } }).achievement.name = 'Forged';
    return copy;
  };
  const upload = async (filename: string, body: Uint8Array | string) => {
    const res = await fetch(`${t.baseUrl}/imports?filename=${encodeURIComponent(filename)}`, { method: 'POST', body: typeof body === 'string' ? body : Buffer.from(body), headers: { ...auth, 'content-type': 'application/octet-stream' } });
    return { status: res.status, body: (await res.json()) as { id?: string; code?: string; message?: string } };
  };
  const waitFor = async (id: string): Promise<Job> => {
    for (let i = 0; i < 600; i++) {
      const r = await gql<{ importJob: Job }>(JOB, { id });
      expect(r.errors).toBeUndefined();
      const job = r.data!.importJob;
      if (job.status === 'COMPLETED' || job.status === 'FAILED') return job;
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error(`job ${id} did not finish`);
  };
  const importFile = async (filename: string, body: Uint8Array | string) => {
    const up = await upload(filename, body);
    expect(up.status).toBe(202);
    const job = await waitFor(up.body.id!);
    expect(job.status).toBe('COMPLETED');
    expect(job.processed).toBe(job.total);
    expect(job.progress).toBe(1);
    expect(job.verified + job.failed + job.indeterminate + job.duplicates + job.errors).toBe(job.total);
    expect(job.items.totalCount).toBe(job.total);
    return { job, items: new Map(job.items.edges.map((e) => [e.node.source, e.node])) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    auth = await signIn(t.baseUrl);
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const def = await db.query(`SELECT d.id, d.name, d.issuer_id FROM credential_definition d JOIN issuer_key k ON k.issuer_id = d.issuer_id ORDER BY d.id LIMIT 1`);
    definition = def.rows[0];
    const keyRow = await db.query('SELECT i.name, k.key_pair FROM issuer_key k JOIN issuer i ON i.id = k.issuer_id WHERE k.issuer_id = $1', [def.rows[0].issuer_id]);
    key = await importIssuerKey(keyRow.rows[0].key_pair);
    issuerName = keyRow.rows[0].name;
    const list = await db.query('SELECT id, set_indexes FROM status_list WHERE issuer_id = $1', [def.rows[0].issuer_id]);
    listId = list.rows[0].id;
    listIndexes = list.rows[0].set_indexes;
    const people = await db.query('SELECT id, email FROM person ORDER BY id LIMIT 2');
    [alice, bob] = people.rows;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('imports a JSON array: valid (auto-attached by recipient email), tampered, duplicate and garbage items; re-upload is all DUPLICATE', async () => {
    const valid = await issue(alice.email.toUpperCase());
    const unnamed = await issue('nobody-known@example.org');
    const file = JSON.stringify([valid, tamper(valid), valid, 42, 'not a credential { (bulk import spec)', unnamed]);
    const { job, items } = await importFile('batch.json', file);
    expect(job.format).toBe('JSON');
    expect([...items.values()].map((i) => [i.source, i.outcome])).toEqual([
      ['[0]', 'VERIFIED'], ['[1]', 'FAILED'], ['[2]', 'DUPLICATE'], ['[3]', 'ERROR'], ['[4]', 'FAILED'], ['[5]', 'VERIFIED'],
    ]);
    expect(items.get('[0]')!.person?.id).toBe(alice.id);
    expect(items.get('[5]')!.person).toBeNull();
    expect(items.get('[1]')!.reasons).toContain('BAD_SIGNATURE');
    expect(items.get('[2]')!.credential!.id).toBe(items.get('[0]')!.credential!.id);
    expect(items.get('[3]')!.error).toMatch(/element 3 is number/);
    expect(items.get('[4]')!.reasons).toContain('MALFORMED');
    expect([job.verified, job.failed, job.duplicates, job.errors]).toEqual([2, 2, 1, 1]);
    const stored = await db.query('SELECT person_id, verification_status FROM credential WHERE id = $1', [items.get('[0]')!.credential!.id]);
    expect(stored.rows[0]).toEqual({ person_id: alice.id, verification_status: 'VERIFIED' });

    const again = await importFile('batch.json', file);
    const outcomes = [...again.items.values()].map((i) => i.outcome);
    expect(outcomes).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'ERROR', 'DUPLICATE', 'DUPLICATE']);
    expect(again.items.get('[0]')!.credential!.id).toBe(items.get('[0]')!.credential!.id);
    expect(again.items.get('[1]')!.credential!.id).toBe(items.get('[1]')!.credential!.id);
  });

  it('imports NDJSON with a broken line', async () => {
    const valid = await issue(bob.email);
    const { job, items } = await importFile('batch.ndjson', `${JSON.stringify(valid)}\n{"broken": \n${JSON.stringify(tamper(valid))}\n`);
    expect(job.format).toBe('NDJSON');
    expect([...items.values()].map((i) => [i.source, i.outcome])).toEqual([['line 1', 'VERIFIED'], ['line 2', 'ERROR'], ['line 3', 'FAILED']]);
    expect(items.get('line 1')!.person?.id).toBe(bob.id);
  });

  it('imports a zip of .json/.jsonld/.jwt files, reporting other files', async () => {
    const valid = await issue(alice.email);
    const zip = zipSync({ 'badges/a.json': strToU8(JSON.stringify(valid)), 'b.jsonld': strToU8(JSON.stringify(tamper(valid))), 'c.jwt': strToU8('eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.'), 'readme.txt': strToU8('hello') });
    const { job, items } = await importFile('badges.zip', zip);
    expect(job.format).toBe('ZIP');
    expect(items.get('badges/a.json')!.outcome).toBe('VERIFIED');
    expect(items.get('b.jsonld')!.outcome).toBe('FAILED');
    expect(items.get('c.jwt')!.outcome).toBe('FAILED');
    expect(items.get('readme.txt')!.outcome).toBe('ERROR');
  });

  it('imports a CSV (BOM, `;`) with person emails: explicit attach, RECIPIENT_MISMATCH refused, unknown email and empty rows reported', async () => {
    const forBob = await issue(bob.email);
    const forAlice = await issue(alice.email);
    const cell = (v: unknown) => `"${JSON.stringify(v).replace(/"/g, '""')}"`;
    const csv = `\uFEFFdocument;email\n${cell(forBob)};${bob.email.toUpperCase()}\n${cell(forAlice)};${bob.email}\n${cell(forAlice)};unknown@nowhere.example\n;${alice.email}\n`;
    const { job, items } = await importFile('people.csv', csv);
    expect(job.format).toBe('CSV');
    expect(items.get('row 2')!.outcome).toBe('VERIFIED');
    expect(items.get('row 2')!.person?.id).toBe(bob.id);
    expect(items.get('row 3')!.outcome).toBe('ERROR');
    expect(items.get('row 3')!.reasons).toEqual(['RECIPIENT_MISMATCH']);
    expect(items.get('row 4')!.error).toMatch(/no person with email unknown@nowhere.example/);
    expect(items.get('row 5')!.error).toMatch(/row 5: no document or url/);
    const refused = await db.query(`SELECT count(*)::int AS n FROM credential WHERE document LIKE $1`, [`%${(forAlice['id'] as string)}%`]);
    expect(refused.rows[0].n).toBe(0);
  });

  it('answers typed 400 errors for unreadable files and lists jobs', async () => {
    for (const [name, body] of [['x.json', '[1, 2'], ['x.csv', 'name,email\na,b@c.d\n'], ['x.txt', 'hello'], ['', '[]']] as const) {
      const r = await upload(name, body);
      expect([name, r.status, r.body.code]).toEqual([name, 400, 'BAD_USER_INPUT']);
    }
    const list = await gql<{ importJobs: { totalCount: number; edges: { node: { filename: string; status: string } }[] } }>(`{ importJobs(first: 50) { totalCount edges { node { filename status } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.importJobs.totalCount).toBeGreaterThanOrEqual(5);
    expect(list.data!.importJobs.edges.every((e) => e.node.status === 'COMPLETED')).toBe(true);
    const missing = await gql(`{ importJob(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('resumes a job left RUNNING by a crash from its PENDING items', async () => {
    const valid = await issue(alice.email);
    const org = await db.query('SELECT id FROM organization ORDER BY created_at, id LIMIT 1');
    const jobId = '22222222-0000-4000-8000-000000000001';
    await db.query(`INSERT INTO import_job (id, organization_id, filename, format, status, total, processed, verified, created_at, started_at)
      VALUES ($1, $2, 'crashed.json', 'JSON', 'RUNNING', 2, 1, 1, now(), now())`, [jobId, org.rows[0].id]);
    await db.query(`INSERT INTO import_item (job_id, index, organization_id, source, status, outcome) VALUES ($1, 0, $2, '[0]', 'DONE', 'VERIFIED')`, [jobId, org.rows[0].id]);
    await db.query(`INSERT INTO import_item (job_id, index, organization_id, source, document, status) VALUES ($1, 1, $2, '[1]', $3, 'PENDING')`, [jobId, org.rows[0].id, JSON.stringify(valid)]);
    await t.close();
    t = await startTestApp(); // a restart picks the job up
    auth = await signIn(t.baseUrl);
    const job = await waitFor(jobId);
    expect([job.status, job.processed, job.verified]).toEqual(['COMPLETED', 2, 2]);
    expect(job.items.edges[1].node.outcome).toBe('VERIFIED');
  });

  it('re-verification catches a revocation after import: the credential turns FAILED/REVOKED and the skill stops counting', async () => {
    const index = 7777;
    // A person with no verified evidence yet for the skills of the definition.
    const fresh = await db.query(`SELECT p.id, p.email FROM person p WHERE NOT EXISTS (
        SELECT 1 FROM credential c JOIN credential_alignment a ON a.credential_id = c.id
         WHERE c.person_id = p.id AND c.verification_status = 'VERIFIED'
           AND a.skill_id IN (SELECT skill_id FROM credential_definition_alignment WHERE definition_id = $1))
      ORDER BY p.id LIMIT 1`, [definition.id]);
    const carol: { id: string; email: string } = fresh.rows[0];
    const listUrl = `http://localhost:3000/status-lists/${listId}`;
    const vc = await issue(carol.email, { status: { statusListCredential: listUrl, statusListIndex: index, statusPurpose: 'revocation' } });
    const imported = await gql<{ importCredential: { credential: { id: string; verification: { status: string } } } }>(
      `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { id verification { status } } } }`,
      { input: { personId: carol.id, document: JSON.stringify(vc) } });
    expect(imported.errors).toBeUndefined();
    const id = imported.data!.importCredential.credential.id;
    expect(imported.data!.importCredential.credential.verification.status).toBe('VERIFIED');
    const skillsOf = async () => {
      const r = await gql<{ person: { skills: { skill: { id: string } }[] } }>(`query($id: ID!) { person(id: $id) { skills { skill { id } } } }`, { id: carol.id });
      return new Set(r.data!.person.skills.map((s) => s.skill.id));
    };
    const aligned = await db.query('SELECT skill_id FROM credential_alignment WHERE credential_id = $1', [id]);
    expect(aligned.rowCount).toBeGreaterThan(0);
    const proven = aligned.rows.map((r) => r.skill_id as string);
    const otherProof = await db.query(`SELECT DISTINCT a.skill_id FROM credential_alignment a JOIN credential c ON c.id = a.credential_id
      WHERE c.person_id = $1 AND c.id <> $2 AND c.verification_status = 'VERIFIED'`, [carol.id, id]);
    const onlyHere = proven.filter((s) => !otherProof.rows.some((r) => r.skill_id === s));
    expect(onlyHere.length).toBeGreaterThan(0);
    const before = await skillsOf();
    for (const s of proven) expect(before.has(s)).toBe(true);

    const resigned = await createStatusListCredential({
      key, issuer: { id: key.did, name: issuerName }, id: listUrl, statusPurpose: 'revocation',
      revokedIndexes: [...listIndexes, index], validFrom: new Date('2019-01-01T00:00:00Z'),
    });
    await db.query('UPDATE status_list SET credential = $1, set_indexes = array_append(set_indexes, $2) WHERE id = $3', [resigned, index, listId]);
    const org = await db.query('SELECT organization_id FROM credential WHERE id = $1', [id]);
    const after = await t.app.get(ReverificationService).reverify(org.rows[0].organization_id, id, new Date());
    expect(after.verificationStatus).toBe('FAILED');
    expect(after.verificationReport.reasons).toContain('REVOKED');
    const row = await db.query('SELECT verification_status, verified_at FROM credential WHERE id = $1', [id]);
    expect(row.rows[0].verification_status).toBe('FAILED');
    const now = await skillsOf();
    for (const s of onlyHere) expect(now.has(s)).toBe(false);

    // On demand over GraphQL: same stored outcome.
    const m = await gql<{ reverifyCredential: { id: string; verification: { status: string; reasons: string[] } } }>(
      `mutation($id: ID!) { reverifyCredential(id: $id) { id verification { status reasons } } }`, { id });
    expect(m.errors).toBeUndefined();
    expect(m.data!.reverifyCredential.verification).toEqual({ status: 'FAILED', reasons: expect.arrayContaining(['REVOKED']) });
    const unknown = await gql(`mutation { reverifyCredential(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
