/**
 * Field-level access policy (feature-auth TYPE_FIELD_POLICY) over HTTP on the real seeded database:
 * a Team reached through a job, a person or a match shows its analytics and members only to whom
 * `team(id)` would show them (ADMIN, LND, the MANAGER of that team; never HR), and a Person outside a
 * MANAGER's teams shows only id, kind, displayName, code and team. The Team and Person fields are
 * walked from the committed schema (apps/api/schema.gql): a new field that is neither in the public
 * list nor guarded makes this spec fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isLeafType, isNonNullType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { Client } from 'pg';
import { TYPE_FIELD_POLICY } from '@skillproof/api-feature-auth';
import { DEMO_USERS, startTestApp, type TestApp } from '../test/test-app';

type Gql = { data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const fieldsOf = (type: string) => Object.values((schema.getType(type) as GraphQLObjectType).getFields());
/** The selection of one field: object/list-of-object fields get `{ __typename }`; required arguments are not expected. */
const selection = (f: GraphQLField<unknown, unknown>): string => {
  const required = f.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
  if (required.length) throw new Error(`${f.name} has required arguments (${required.map((a) => a.name).join(', ')}): teach this spec its arguments`);
  return isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`;
};
const guardedFields = (type: 'Team' | 'Person') => fieldsOf(type).filter((f) => !TYPE_FIELD_POLICY[type].publicFields.includes(f.name));
const forbiddenAt = (r: Gql, field: string) => (r.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.[e.path.length - 1] === field);

describe('field-level access policy: Team and Person reached through other objects', () => {
  let t: TestApp;
  let db: Client;
  let managerPersonId: string;
  let ownTeamId: string;
  let otherTeamId: string;
  let otherTeamMember: string;
  let ownMember: string;
  let ownJob: string;
  let teamOf: Map<string, string | null>;

  beforeAll(async () => {
    t = await startTestApp({ as: null });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const mgr = (await db.query('SELECT person_id, organization_id FROM app_user WHERE email = $1', [DEMO_USERS.MANAGER.email])).rows[0];
    managerPersonId = mgr.person_id;
    ownTeamId = (await db.query('SELECT id FROM team WHERE manager_id = $1 ORDER BY name LIMIT 1', [managerPersonId])).rows[0].id;
    const other = (await db.query(
      `SELECT t.id, (SELECT p.id FROM person p WHERE p.team_id = t.id ORDER BY p.id LIMIT 1) AS member FROM team t
       WHERE t.organization_id = $1 AND t.manager_id IS DISTINCT FROM $2 AND EXISTS (SELECT 1 FROM team_target_skill s WHERE s.team_id = t.id)
         AND EXISTS (SELECT 1 FROM person p WHERE p.team_id = t.id) ORDER BY t.name LIMIT 1`, [mgr.organization_id, managerPersonId])).rows[0];
    otherTeamId = other.id;
    otherTeamMember = other.member;
    ownMember = (await db.query('SELECT id FROM person WHERE team_id = $1 AND id <> $2 ORDER BY id LIMIT 1', [ownTeamId, managerPersonId])).rows[0].id;
    ownJob = (await db.query('SELECT id FROM job WHERE team_id = $1 ORDER BY title, id LIMIT 1', [ownTeamId])).rows[0].id;
    teamOf = new Map((await db.query('SELECT id, team_id FROM person WHERE organization_id = $1', [mgr.organization_id])).rows.map((r) => [r.id as string, r.team_id as string | null]));
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('the walk covers the analytics and membership fields, and the public lists name real fields', () => {
    const team = guardedFields('Team').map((f) => f.name);
    expect(team).toEqual(expect.arrayContaining(['readiness', 'skillGaps', 'skillMatrix', 'members', 'targetProfile', 'coverageForecast', 'coverageTrend', 'expiringCredentials', 'upskillingPlan', 'jobs', 'manager']));
    expect(guardedFields('Person').map((f) => f.name)).toEqual(expect.arrayContaining(['email', 'credentials', 'skills', 'claimedSkills']));
    for (const type of ['Team', 'Person'] as const) {
      const names = fieldsOf(type).map((f) => f.name);
      for (const f of TYPE_FIELD_POLICY[type].publicFields) expect([type, f, names.includes(f)]).toEqual([type, f, true]);
    }
  });

  it("the tester's query: a MANAGER's job ranking no longer shows other teams' readiness, gaps, target profiles or e-mails", async () => {
    const r = (await t.gqlAs('MANAGER', `query($id: ID!) { job(id: $id) { matches(first: 200, includeEmployees: true) { edges { node { person { id email
      team { id name readiness skillGaps { skill { name } singlePointOfKnowledge } targetProfile { skill { name } } } } } } } } }`, { id: ownJob })) as Gql;
    const edges = ((r.data?.['job'] as { matches: { edges: { node: { person: { id: string; email?: string | null; team: { id: string; readiness?: number } | null } } }[] } }).matches.edges);
    const strangers = edges.filter((e) => e.node.person.id !== managerPersonId && teamOf.get(e.node.person.id) !== ownTeamId);
    const others = strangers.filter((e) => teamOf.get(e.node.person.id));
    expect(others.length).toBeGreaterThan(0); // precondition: employees of other teams are ranked
    for (const e of strangers) expect(e.node.person).toMatchObject({ email: null });
    for (const e of others) expect(e.node.person.team).toBeNull(); // readiness is non-null: its FORBIDDEN nulls the team
    expect(forbiddenAt(r, 'readiness').length).toBe(others.length);
    expect(forbiddenAt(r, 'email').length).toBe(strangers.length);
    const own = edges.filter((e) => teamOf.get(e.node.person.id) === ownTeamId);
    for (const e of own) expect(e.node.person.team).toMatchObject({ id: ownTeamId, readiness: expect.any(Number) });
    const names = (await t.gqlAs('MANAGER', 'query($id: ID!) { job(id: $id) { matches(first: 200, includeEmployees: true) { edges { node { person { id kind displayName code team { id name } } } } } } }', { id: ownJob })) as Gql;
    expect(names.errors).toBeUndefined(); // public fields stay readable
  });

  it('HR (no team pages) gets FORBIDDEN on every non-public Team field of a person\'s team, and reads Team { id name }', async () => {
    const pub = (await t.gqlAs('HR', 'query($id: ID!) { person(id: $id) { id team { id name } } }', { id: otherTeamMember })) as Gql;
    expect(pub.errors).toBeUndefined();
    expect(pub.data).toEqual({ person: { id: otherTeamMember, team: { id: otherTeamId, name: expect.any(String) } } });
    const list = (await t.gqlAs('HR', '{ people(first: 5, kind: EMPLOYEE) { edges { node { team { skillGaps { gap } members { id } } } } } }')) as Gql;
    expect(forbiddenAt(list, 'skillGaps').length + forbiddenAt(list, 'members').length).toBeGreaterThan(0);
    expect(JSON.stringify(list.data)).not.toContain('"gap"');
    for (const f of guardedFields('Team')) {
      const r = (await t.gqlAs('HR', `query($id: ID!) { person(id: $id) { id team { id ${selection(f)} } } }`, { id: otherTeamMember })) as Gql;
      expect([f.name, forbiddenAt(r, f.name).length]).toEqual([f.name, 1]);
      expect([f.name, JSON.stringify(r.data)]).toEqual([f.name, expect.not.stringContaining('__typename')]);
    }
  });

  it('MANAGER: every non-public Team field of another team is FORBIDDEN through a ranking; of their own team it answers', async () => {
    for (const f of guardedFields('Team')) {
      const r = (await t.gqlAs('MANAGER', `query($id: ID!) { job(id: $id) { matches(first: 200, includeEmployees: true) { edges { node { person { id team { id ${selection(f)} } } } } } } }`, { id: ownJob })) as Gql;
      const edges = (r.data?.['job'] as { matches: { edges: { node: { person: { id: string } } }[] } }).matches.edges;
      const others = edges.filter((e) => { const team = teamOf.get(e.node.person.id); return !!team && team !== ownTeamId; });
      expect(others.length).toBeGreaterThan(0);
      expect([f.name, forbiddenAt(r, f.name).length]).toEqual([f.name, others.length]);
      expect([f.name, (r.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')]).toEqual([f.name, []]);
      const own = (await t.gqlAs('MANAGER', `query($id: ID!) { person(id: $id) { team { id ${selection(f)} } } }`, { id: ownMember })) as Gql;
      expect([f.name, own.errors]).toEqual([f.name, undefined]);
    }
  });

  it('LND and ADMIN read every Team field of any team through a person', async () => {
    const all = guardedFields('Team').map(selection).join(' ');
    for (const role of ['LND', 'ADMIN'] as const) {
      const r = (await t.gqlAs(role, `query($id: ID!) { person(id: $id) { team { id ${all} } } }`, { id: otherTeamMember })) as Gql;
      expect([role, r.errors]).toEqual([role, undefined]);
      expect((r.data?.['person'] as { team: { id: string } }).team.id).toBe(otherTeamId);
    }
  });

  it('MANAGER: non-public Person fields of people outside their teams are FORBIDDEN; of their members and themselves they answer; HR reads them', async () => {
    for (const f of guardedFields('Person')) {
      const r = (await t.gqlAs('MANAGER', `query($id: ID!) { job(id: $id) { matches(first: 200, includeEmployees: true) { edges { node { person { id ${selection(f)} } } } } } }`, { id: ownJob })) as Gql;
      if (isNonNullType(f.type)) {
        // a FORBIDDEN non-null field nulls its parents up to the first nullable one (GraphQL null propagation): no ranking at all
        expect([f.name, forbiddenAt(r, f.name).length > 0, r.data?.['job'] ?? null]).toEqual([f.name, true, null]);
      } else {
        const edges = (r.data?.['job'] as { matches: { edges: { node: { person: { id: string } } }[] } }).matches.edges;
        const strangers = edges.filter((e) => e.node.person.id !== managerPersonId && teamOf.get(e.node.person.id) !== ownTeamId);
        expect(strangers.length).toBeGreaterThan(0);
        expect([f.name, forbiddenAt(r, f.name).length]).toEqual([f.name, strangers.length]);
      }
      const own = (await t.gqlAs('MANAGER', `query($id: ID!) { team(id: $id) { members { id ${selection(f)} } } }`, { id: ownTeamId })) as Gql;
      expect([f.name, own.errors]).toEqual([f.name, undefined]);
      const hr = (await t.gqlAs('HR', `query($id: ID!) { person(id: $id) { id ${selection(f)} } }`, { id: otherTeamMember })) as Gql;
      expect([f.name, hr.errors]).toEqual([f.name, undefined]);
    }
  });
});
