/**
 * Sign-in hardening over HTTP on the real seeded database: every failed sign-in (unknown, empty,
 * oversized or odd e-mail, oversized password, wrong password, rate limit) leaves an
 * `auth.login_failed` audit event with a bounded, safe copy of the e-mail and never the password, and
 * all answer alike; introspection (`__schema`, `__type`) needs a token.
 */
import { Client } from 'pg';
import { DEMO_USERS, startTestApp, type TestApp } from '../test/test-app';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
type Res = { status: number; json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };

describe('sign-in audit and introspection (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let orgId: string;
  const runId = Math.random().toString(36).slice(2, 10);

  beforeAll(async () => {
    t = await startTestApp({ as: null });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    orgId = (await db.query('SELECT organization_id FROM app_user WHERE email = $1', [DEMO_USERS.ADMIN.email])).rows[0].organization_id;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Res> => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as Res['json'] };
  };
  /** `auth.login_failed` events of the demo organisation recorded since `since` whose details.email starts with `prefix`. */
  const failures = async (since: Date, prefix: string) => (await db.query(
    `SELECT organization_id, actor_user_id, details FROM audit_event WHERE action = 'auth.login_failed' AND at >= $1 AND organization_id = $2 AND left(details->>'email', $4) = $3`,
    [since, orgId, prefix, prefix.length])).rows as { organization_id: string; actor_user_id: string | null; details: { email: string; emailLength: number; ip: string; reason: string; password?: unknown } }[];

  it('unknown, empty, 1 MB and NUL-bearing e-mails, a 1 MB password and a wrong password are each audited, answered alike, password never stored', async () => {
    const since = new Date(Date.now() - 1000);
    const mb = 'x'.repeat(1024 * 1024);
    const ghost = `ghost-${runId}@skillproof.example`;
    const attempts: { email: string; password: string; stored: string; reason: string }[] = [
      { email: ghost, password: 'secret-ghost-pw', stored: ghost, reason: 'unknown_or_disabled_account' },
      { email: '', password: 'secret-empty-pw', stored: '', reason: 'unknown_or_disabled_account' },
      { email: `big-${runId}-${mb}@skillproof.example`, password: 'secret-big-pw', stored: `big-${runId}-${mb}`.slice(0, 320), reason: 'malformed' },
      { email: `nul-${runId}\u0000@skillproof.example`, password: 'secret-nul-pw', stored: `nul-${runId}\ufffd@skillproof.example`, reason: 'malformed' },
      { email: `pw-${runId}@skillproof.example`, password: `secret-${mb}`, stored: `pw-${runId}@skillproof.example`, reason: 'malformed' },
      { email: DEMO_USERS.HR.email.toUpperCase(), password: `wrong-${runId}`, stored: DEMO_USERS.HR.email, reason: 'wrong_password' },
    ];
    const answers: string[] = [];
    for (const a of attempts) {
      const r = await post({ query: LOGIN, variables: { email: a.email, password: a.password } });
      expect([a.stored.slice(0, 30), r.status, r.json.errors?.[0].extensions?.code]).toEqual([a.stored.slice(0, 30), 401, 'UNAUTHENTICATED']);
      answers.push(r.json.errors![0].message);
    }
    expect(new Set(answers).size).toBe(1); // one message: no enumeration through the answer
    for (const a of attempts) {
      // the empty e-mail: match it exactly among this run's events
      const rows = a.stored === '' ? (await failures(since, '')).filter((r) => r.details.email === '') : await failures(since, a.stored);
      expect([a.stored.slice(0, 30), rows.length]).toEqual([a.stored.slice(0, 30), 1]);
      const [row] = rows;
      expect(row.actor_user_id).toBeNull();
      expect(row.details).toMatchObject({ email: a.stored, reason: a.reason, ip: expect.any(String) });
      expect(row.details.email.length).toBeLessThanOrEqual(320);
      expect(row.details.emailLength).toBe(a.email.trim().length);
      expect(JSON.stringify(row.details)).not.toContain('secret-');
    }
    const recent = await db.query(`SELECT details::text AS d FROM audit_event WHERE at >= $1`, [since]);
    for (const r of recent.rows) expect(r.d).not.toContain('secret-');
  });

  it('an unknown e-mail is audited in the organisation named by X-Organization-Id', async () => {
    const since = new Date(Date.now() - 1000);
    const email = `hinted-${runId}@elsewhere.example`;
    const r = await post({ query: LOGIN, variables: { email, password: 'whatever-pw' } }, { 'x-organization-id': orgId });
    expect(r.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await failures(since, email);
    expect(rows).toHaveLength(1);
    expect(rows[0].organization_id).toBe(orgId);
  });

  it('rate-limited attempts are audited too (reason rate_limited), with the same kind of answer', async () => {
    const since = new Date(Date.now() - 1000);
    const email = `limited-${runId}@skillproof.example`;
    for (let i = 0; i < 11; i++) await post({ query: LOGIN, variables: { email, password: `wrong-${i}` } });
    const rows = await failures(since, email);
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r.details.reason === 'rate_limited')).toHaveLength(1);
  });

  it('introspection needs sign-in: __schema / __type without a token → UNAUTHENTICATED (401); with a token it works', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Team") { fields { name } } }',
      'query { ...F } fragment F on Query { __schema { queryType { name } } }',
      'query { ... on Query { __type(name: "Person") { name } } }',
    ]) {
      const anon = await post({ query });
      expect([query, anon.status, anon.json.errors?.[0].extensions?.code, anon.json.data ?? null]).toEqual([query, 401, 'UNAUTHENTICATED', null]);
      const bad = await post({ query }, { authorization: 'Bearer not-a-token' });
      expect([query, bad.status]).toEqual([query, 401]);
    }
    const signedIn = await t.gqlAs<{ __schema: { types: { name: string }[] } }>('LND', '{ __schema { types { name } } }');
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.__schema.types.map((x) => x.name)).toContain('Team');
    // what stays open without a token: login (above), /health and the status lists
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  });
});
