/**
 * Input errors a new user hits (tester findings, input-errors brief): wrongly typed variables, out-of-range
 * DateTimes, tiny weights, invisible titles, first: 0 and malformed ids each get a typed answer with
 * the right code and HTTP status — and a genuine failure stays INTERNAL_SERVER_ERROR, without a stack,
 * logged once with the request id the response carries.
 */
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

type GqlError = { message: string; extensions?: { code?: string; [k: string]: unknown } };
type Answer = { status: number; requestId: string | null; data?: Record<string, unknown> | null; errors?: GqlError[] };

describe('input errors are typed (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let personId: string;
  let jobId: string;
  let logged: jest.SpyInstance;

  /** POSTs one operation as the demo admin; returns the HTTP status, X-Request-Id and the body. */
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST', headers: { ...(await t.authHeaders()), 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id'), ...((await res.json()) as Omit<Answer, 'status' | 'requestId'>) };
  };
  /** Asserts one typed error with `code`, HTTP `status` and a message matching `message`. */
  const expectTyped = (a: Answer, code: string, status: number, message: RegExp, label: string) => {
    expect([label, a.status, a.errors?.length, a.errors?.[0]?.extensions?.code]).toEqual([label, status, 1, code]);
    expect([label, a.errors?.[0]?.message]).toEqual([label, expect.stringMatching(message)]);
    expect([label, a.errors?.[0]?.extensions]).not.toEqual([label, expect.objectContaining({ stacktrace: expect.anything() })]);
    expect([label, a.errors?.[0]?.extensions]).not.toEqual([label, expect.objectContaining({ sqlState: expect.anything() })]);
  };

  const CREATE = 'mutation($input: CreateJobInput!) { createJob(input: $input) { job { id title requirements { weight } } } }';
  const MOVE = 'mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { application { stage } } }';

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    personId = (await db.query("SELECT id FROM person WHERE kind = 'CANDIDATE' ORDER BY id LIMIT 1")).rows[0].id;
    const created = await post(CREATE, { input: { title: 'zz input-errors spec job', requirements: [{ skillId: 'SQL', minLevel: 2, weight: 0.01, mustHave: false }] } });
    expect(created.errors).toBeUndefined();
    jobId = (created.data!['createJob'] as { job: { id: string } }).job.id;
  });
  beforeEach(() => { logged = jest.spyOn(Logger.prototype, 'error'); });
  afterEach(() => logged.mockRestore());
  afterAll(async () => {
    // Other specs list the demo jobs: remove the ones this spec created (titles sort last meanwhile).
    await db?.query("DELETE FROM job_requirement WHERE job_id IN (SELECT id FROM job WHERE title LIKE 'zz input-errors%')");
    await db?.query("DELETE FROM job WHERE title LIKE 'zz input-errors%'");
    await db?.end();
    await t?.close();
  });

  it('wrongly typed, out-of-range or missing variables → 400 BAD_USER_INPUT (like the same value inline), nothing logged', async () => {
    const FIRST = 'query($f: Int) { jobs(first: $f) { totalCount } }';
    for (const f of ['abc', 1.5, 2147483648, true, { a: 1 }]) {
      expectTyped(await post(FIRST, { f }), 'BAD_USER_INPUT', 400, /Variable "\$f" got invalid value/, `first ${JSON.stringify(f)}`);
    }
    expectTyped(await post('{ jobs(first: "abc") { totalCount } }'), 'BAD_USER_INPUT', 400, /Int cannot represent/, 'inline first');
    expectTyped(await post('query($s: JobStatus) { jobs(status: $s) { totalCount } }', { s: 'NOPE' }), 'BAD_USER_INPUT', 400, /Value "NOPE" does not exist in "JobStatus" enum/, 'enum');
    expectTyped(await post('query($id: ID!) { job(id: $id) { id } }', {}), 'BAD_USER_INPUT', 400, /Variable "\$id" of required type "ID!" was not provided/, 'missing');
    const move = { jobId, personId, toStage: 'SCREENING', reason: 'spec' };
    expectTyped(await post(MOVE, { input: { ...move, reason: null } }), 'BAD_USER_INPUT', 400, /Expected non-nullable type "String!" not to be null/, 'reason null');
    expectTyped(await post(MOVE, { input: { ...move, toStage: 'PROMOTED' } }), 'BAD_USER_INPUT', 400, /Value "PROMOTED" does not exist in "ApplicationStage" enum/, 'stage');
    expectTyped(await post(CREATE, { input: { title: 'zz input-errors weight null', requirements: [{ skillId: 'SQL', minLevel: 2, weight: null, mustHave: false }] } }),
      'BAD_USER_INPUT', 400, /Expected non-nullable type "Float!" not to be null/, 'weight null');
    expect(logged).not.toHaveBeenCalled();
    // The limits still apply to an operation whose variables are fine.
    expectTyped(await post('query($f: Int) { jobs(first: $f) { edges { node { matches(first: $f) { edges { cursor } } } } } }', { f: 500 }),
      'BAD_USER_INPUT', 400, /^Query costs/, 'cost not bypassed');
  });

  it('DateTime: instants outside 1900..9999 and impossible dates → BAD_USER_INPUT (variable: 400; inline: 400); a sane one works', async () => {
    const VAR = 'query($id: ID!, $asOf: DateTime) { job(id: $id) { matches(asOf: $asOf) { totalCount } } }';
    for (const asOf of ['+275760-09-13T00:00:00Z', '1899-12-31T23:59:59Z', '2025-02-30T00:00:00Z', 'soon', 0]) {
      expectTyped(await post(VAR, { id: jobId, asOf }), 'BAD_USER_INPUT', 400, /DateTime|date-time|out of range|not a valid date/, `variable ${JSON.stringify(asOf)}`);
    }
    expectTyped(await post(`{ job(id: "${jobId}") { matches(asOf: "+275760-09-13T00:00:00Z") { totalCount } } }`), 'BAD_USER_INPUT', 400, /out of range|ISO 8601/, 'inline');
    const ok = await post(VAR, { id: jobId, asOf: '2024-06-30' });
    expect([ok.status, ok.errors]).toEqual([200, undefined]);
    expect(logged).not.toHaveBeenCalled();
  });

  it('createJob: a weight below 0.01 is refused by the requirement rules (no raw database error), 0.01 kept', async () => {
    for (const weight of [1e-300, 0.001]) {
      const a = await post(CREATE, { input: { title: `zz input-errors tiny weight ${weight}`, requirements: [{ skillId: 'SQL', minLevel: 2, weight, mustHave: false }] } });
      expectTyped(a, 'BAD_USER_INPUT', 200, /^Requirement 1: weight must be a number from 0\.01 to 100/, `weight ${weight}`);
      expect(a.errors![0].extensions!['details']).toMatchObject({ field: 'requirements[0].weight' });
    }
    const jobs = await db.query("SELECT count(*)::int AS n FROM job WHERE title LIKE 'zz input-errors tiny weight%'");
    expect(jobs.rows[0].n).toBe(0);
  });

  it('titles and reasons need a visible character; invisible ends are stripped', async () => {
    for (const title of ['\u200b', ' \u2060\ufeff\u00a0', '\u3164', '\u00ad']) {
      expectTyped(await post(CREATE, { input: { title } }), 'BAD_USER_INPUT', 200, /Give the job a title/, `title ${JSON.stringify(title)}`);
    }
    expectTyped(await post('mutation($input: UpdateJobInput!) { updateJob(input: $input) { job { id } } }', { input: { id: jobId, title: '\u200b\u200c' } }),
      'BAD_USER_INPUT', 200, /Give the job a title/, 'update title');
    const ok = await post(CREATE, { input: { title: '\u200b zz input-errors\u00a0 visible \u2060' } });
    expect((ok.data!['createJob'] as { job: { title: string } }).job.title).toBe('zz input-errors visible');
    expectTyped(await post(MOVE, { input: { jobId, personId, toStage: 'SCREENING', reason: '\u200b \u2060' } }), 'BAD_USER_INPUT', 200, /Give a reason/, 'reason');
  });

  it('first: 0 → no edges, null cursors, hasNextPage exactly when items exist', async () => {
    const a = await post('{ jobs(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor startCursor hasPreviousPage } } }');
    const jobs = a.data!['jobs'] as { totalCount: number; edges: unknown[]; pageInfo: Record<string, unknown> };
    expect(jobs.totalCount).toBeGreaterThan(0);
    expect(jobs.edges).toEqual([]);
    expect(jobs.pageInfo).toEqual({ hasNextPage: true, endCursor: null, startCursor: null, hasPreviousPage: false });
  });

  it('malformed ids are NOT_FOUND like unknown ones, for queries and mutations alike', async () => {
    expectTyped(await post('{ job(id: "nope") { id } }'), 'NOT_FOUND', 200, /nope/, 'job');
    expectTyped(await post('{ person(id: "nope") { id } }'), 'NOT_FOUND', 200, /nope/, 'person');
    expectTyped(await post('{ job(id: "00000000-0000-4000-8000-000000000000") { id } }'), 'NOT_FOUND', 200, /was not found/, 'job unknown');
    expectTyped(await post(MOVE, { input: { jobId: 'abc', personId, toStage: 'SCREENING', reason: 'x' } }), 'NOT_FOUND', 200, /abc/, 'move');
    expect(logged).not.toHaveBeenCalled();
  });

  it('an unexpected failure → INTERNAL_SERVER_ERROR without details, logged once with the request id it returns', async () => {
    await db.query('ALTER TABLE job_requirement RENAME TO job_requirement_renamed_by_spec');
    let a: Answer;
    try {
      a = await post(`{ job(id: "${jobId}") { id requirements { weight } } }`, undefined, { 'x-request-id': 'spec-request-0001' });
    } finally {
      await db.query('ALTER TABLE job_requirement_renamed_by_spec RENAME TO job_requirement');
    }
    expect(a.errors).toHaveLength(1);
    expect(a.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'spec-request-0001' } });
    expect(Object.keys(a.errors![0].extensions!).sort()).toEqual(['code', 'requestId']);
    expect(a.requestId).toBe('spec-request-0001');
    const lines = logged.mock.calls.map((c) => String(c[0]));
    expect(lines.filter((l) => l.includes('spec-request-0001'))).toEqual([expect.stringMatching(/request spec-request-0001: .*requirements.*job_requirement/)]);
    expect(lines).toHaveLength(1);
    // Without a usable client id, the server makes one up (a UUID) and returns it.
    const b = await post('{ jobs(first: 1) { totalCount } }', undefined, { 'x-request-id': 'bad id; with spaces' });
    expect(b.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
