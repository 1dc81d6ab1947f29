/**
 * Sign-in and roles over HTTP on the real seeded database (issue 5 "Sign-in and roles"): login success
 * and failure (one message for unknown email and wrong password), expired / forged / `alg: none`
 * tokens → UNAUTHENTICATED (HTTP 401), the organisation comes from the token, role policy (HR has no
 * team matrix, the MANAGER sees only their own team), audit events with the actor.
 */
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { DEMO_USERS, TEST_JWT_SECRET, startTestApp, type TestApp } from '../test/test-app';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresAt user { id email displayName roles personId } } }';
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('sign-in and roles (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let orgId: string;
  let ownTeam: { id: string; manager_id: string };
  let otherTeam: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ as: null });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const mgr = await db.query(`SELECT person_id, organization_id FROM app_user WHERE email = $1`, [DEMO_USERS.MANAGER.email]);
    orgId = mgr.rows[0].organization_id;
    ownTeam = (await db.query('SELECT id, manager_id FROM team WHERE manager_id = $1', [mgr.rows[0].person_id])).rows[0];
    otherTeam = (await db.query('SELECT id FROM team WHERE organization_id = $1 AND manager_id IS DISTINCT FROM $2 ORDER BY name LIMIT 1', [orgId, mgr.rows[0].person_id])).rows[0];
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const raw = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it('login: success returns a token and the user; the email is case-insensitive', async () => {
    const r = await t.gqlAs<{ login: { accessToken: string; expiresAt: string; user: { email: string; roles: string[] } } }>(null, LOGIN, { email: '  HR@SkillProof.example ', password: DEMO_USERS.HR.password });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.user).toMatchObject({ email: DEMO_USERS.HR.email, roles: ['HR'] });
    expect(r.data!.login.accessToken.split('.')).toHaveLength(3);
    const minutes = (Date.parse(r.data!.login.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(13);
    expect(minutes).toBeLessThanOrEqual(15);
    const me = await raw({ query: '{ me { email roles } }' }, { authorization: `Bearer ${r.data!.login.accessToken}` });
    expect(me.json.data).toEqual({ me: { email: DEMO_USERS.HR.email, roles: ['HR'] } });
  });

  it('login: unknown email and wrong password fail alike (UNAUTHENTICATED, same message)', async () => {
    const wrong = await t.gqlAs(null, LOGIN, { email: DEMO_USERS.ADMIN.email, password: 'not-the-password' });
    const unknown = await t.gqlAs(null, LOGIN, { email: 'nobody@skillproof.example', password: 'not-the-password' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data?.['login' as never]).toBeUndefined();
  });

  it('no token, a malformed, expired, forged or alg:none token → UNAUTHENTICATED with HTTP 401', async () => {
    const query = { query: '{ jobs(first: 1) { totalCount } }' };
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const claims = { org: orgId, roles: ['ADMIN'], pid: null };
    const sub = (await db.query('SELECT id FROM app_user WHERE email = $1', [DEMO_USERS.ADMIN.email])).rows[0].id as string;
    const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('skillproof').setAudience('skillproof-api')
      .setSubject(sub).setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('skillproof').setAudience('skillproof-api')
      .setSubject(sub).setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode('another-secret-0123456789abcdef0123456789'));
    const none = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...claims, sub, iss: 'skillproof', aud: 'skillproof-api', exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    const valid = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('skillproof').setAudience('skillproof-api')
      .setSubject(sub).setIssuedAt().setExpirationTime('10m').sign(key);
    for (const [label, headers] of [
      ['none', {}], ['malformed', { authorization: 'Bearer not a token' }], ['basic', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
      ['expired', { authorization: `Bearer ${expired}` }], ['forged', { authorization: `Bearer ${forged}` }], ['alg none', { authorization: `Bearer ${none}` }],
    ] as const) {
      const r = await raw(query, headers);
      expect([label, r.status, r.json.errors?.[0].extensions?.code]).toEqual([label, 401, 'UNAUTHENTICATED']);
      expect([label, r.json.data ?? null]).toEqual([label, null]);
    }
    expect((await raw(query, { authorization: `Bearer ${expired}` })).json.errors?.[0].message).toMatch(/expired/);
    const ok = await raw(query, { authorization: `Bearer ${valid}` });
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
  });

  it('the organisation comes from the token: a different X-Organization-Id → FORBIDDEN; /health and status lists stay public', async () => {
    const token = await t.token('ADMIN');
    const other = await raw({ query: '{ jobs(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}`, 'x-organization-id': '00000000-0000-4000-8000-000000000000' });
    expect(other.json.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const same = await raw({ query: '{ jobs(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}`, 'x-organization-id': orgId });
    expect(same.json.errors).toBeUndefined();
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    const list = await db.query('SELECT id FROM status_list LIMIT 1');
    expect((await fetch(`${t.baseUrl}/status-lists/${list.rows[0].id}`)).status).toBe(200);
    const upload = await fetch(`${t.baseUrl}/imports?filename=x.json`, { method: 'POST', body: '[]' });
    expect(upload.status).toBe(401);
  });

  it('HR: jobs yes, team matrix and audit log no (FORBIDDEN)', async () => {
    const jobs = await t.gqlAs<{ jobs: { totalCount: number } }>('HR', '{ jobs(first: 1) { totalCount } }');
    expect(jobs.data!.jobs.totalCount).toBeGreaterThan(0);
    const team = await t.gqlAs('HR', 'query($id: ID!) { team(id: $id) { skillMatrix { members { id } } } }', { id: ownTeam.id });
    expect(team.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const audit = await t.gqlAs('HR', '{ auditEvents(first: 1) { totalCount } }');
    expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('MANAGER sees only the team they manage; another team, the jobs list or a stranger → FORBIDDEN', async () => {
    const teams = await t.gqlAs<{ teams: { id: string }[] }>('MANAGER', '{ teams { id } }');
    expect(teams.errors).toBeUndefined();
    expect(teams.data!.teams).toEqual([{ id: ownTeam.id }]);
    const all = await t.gqlAs<{ teams: { id: string }[] }>('ADMIN', '{ teams { id } }');
    expect(all.data!.teams.length).toBeGreaterThan(1);
    const own = await t.gqlAs<{ team: { id: string; members: unknown[]; skillGaps: unknown[] } }>('MANAGER', 'query($id: ID!) { team(id: $id) { id members { id } skillGaps { gap } } }', { id: ownTeam.id });
    expect(own.errors).toBeUndefined();
    expect(own.data!.team.members.length).toBeGreaterThan(0);
    const other = await t.gqlAs('MANAGER', 'query($id: ID!) { team(id: $id) { id } }', { id: otherTeam.id });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gqlAs('MANAGER', '{ jobs(first: 1) { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stranger = (await db.query('SELECT id FROM person WHERE organization_id = $1 AND (team_id IS NULL OR team_id <> $2) LIMIT 1', [orgId, ownTeam.id])).rows[0].id;
    expect((await t.gqlAs('MANAGER', 'query($id: ID!) { person(id: $id) { id } }', { id: stranger })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const member = (await db.query('SELECT id FROM person WHERE team_id = $1 AND id <> $2 LIMIT 1', [ownTeam.id, ownTeam.manager_id])).rows[0].id;
    expect((await t.gqlAs('MANAGER', 'query($id: ID!) { person(id: $id) { id } }', { id: member })).errors).toBeUndefined();
  });

  it('LND reads every team but not the jobs; the default test user is ADMIN', async () => {
    expect((await t.gqlAs<{ teams: unknown[] }>('LND', '{ teams { id } }')).data!.teams.length).toBeGreaterThan(1);
    expect((await t.gqlAs('LND', '{ jobs(first: 1) { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await startTestApp();
    try {
      expect((await admin.gql<{ me: { roles: string[] } }>('{ me { roles } }')).data!.me.roles).toEqual(['ADMIN']);
    } finally {
      await admin.close();
    }
  });

  it('audit: sign-ins (success and failure) and importCredential are recorded with the actor, readable by ADMIN', async () => {
    const hrId = (await db.query('SELECT id FROM app_user WHERE email = $1', [DEMO_USERS.HR.email])).rows[0].id;
    const doc = (await db.query(`SELECT document FROM credential WHERE organization_id = $1 AND format = 'OB3_JSONLD' AND verification_status = 'VERIFIED' LIMIT 1`, [orgId])).rows[0].document;
    const imported = await t.gqlAs<{ importCredential: { credential: { id: string } } }>('HR',
      'mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { id } } }', { input: { document: typeof doc === 'string' ? doc : JSON.stringify(doc) } });
    expect(imported.errors).toBeUndefined();
    const events = await t.gqlAs<{ auditEvents: { totalCount: number; edges: { node: { action: string; actorUserId: string | null; subjectId: string | null; details: string } }[] } }>(
      'ADMIN', '{ auditEvents(first: 200) { totalCount edges { node { action actorUserId subjectId details at } } } }');
    expect(events.errors).toBeUndefined();
    const nodes = events.data!.auditEvents.edges.map((e) => e.node);
    expect(nodes.find((n) => n.action === 'credential.import')).toMatchObject({ actorUserId: hrId, subjectId: imported.data!.importCredential.credential.id });
    expect(nodes.some((n) => n.action === 'auth.login' && n.actorUserId === hrId)).toBe(true);
    // every failed sign-in is audited (also the unknown e-mail above): pick the wrong-password one
    const failed = nodes.find((n) => n.action === 'auth.login_failed' && (JSON.parse(n.details) as { email?: string }).email === DEMO_USERS.ADMIN.email);
    expect(failed?.actorUserId).toBeNull();
    expect(JSON.parse(failed!.details)).toMatchObject({ email: DEMO_USERS.ADMIN.email, reason: 'wrong_password' });
    expect(nodes.some((n) => n.action === 'auth.login_failed' && (JSON.parse(n.details) as { email?: string }).email === 'nobody@skillproof.example')).toBe(true);
  });
});
