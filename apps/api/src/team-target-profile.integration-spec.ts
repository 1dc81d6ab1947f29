/**
 * Issue 5, the manager's target profile editor, over HTTP against the real seeded PostgreSQL:
 * `setTeamTargetProfile` replaces the profile atomically (aliases resolved, every bad entry reported,
 * nothing half-saved), the coverage follows, managers may edit only their own teams, and the change is
 * audited with the signed-in user.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

interface Target { skill: { id: string; name: string }; minLevel: number; needed: number }
interface Gap { skill: { id: string }; minLevel: number; needed: number; covered: number; gap: number }
type Errors = { message: string; extensions?: { code?: string; details?: { problems?: { index: number; field: string; message: string }[] } } }[] | undefined;

const SET = `mutation($input: SetTeamTargetProfileInput!) { setTeamTargetProfile(input: $input) {
  id name readiness targetProfile { skill { id name } minLevel needed } skillGaps { skill { id } minLevel needed covered gap } } }`;
const TEAM = `query($id: ID!) { team(id: $id) { id name readiness targetProfile { skill { id name } minLevel needed } skillGaps { skill { id } minLevel needed covered gap } } }`;
const input = (teamId: string, skills: { skillId: string; minLevel: number; needed: number }[]) => ({ input: { teamId, skills } });

describe('setTeamTargetProfile (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let orgId: string;
  let ownTeamId: string;
  let ownOriginal: Target[];
  let otherTeamId: string;
  const scratchTeamId = randomUUID();
  /** A skill with an alias in the taxonomy (and its preferred label). */
  let aliased: { id: string; name: string; alias: string };

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const mine = await t.gqlAs<{ teams: { id: string }[] }>('MANAGER', '{ teams { id } }');
    ownTeamId = mine.data!.teams[0].id;
    const all = await t.gql<{ teams: { id: string }[] }>('{ teams { id } }');
    otherTeamId = all.data!.teams.find((x) => x.id !== ownTeamId)!.id;
    const own = await t.gql<{ team: { targetProfile: Target[] } }>(TEAM, { id: ownTeamId });
    ownOriginal = own.data!.team.targetProfile;
    [{ organization_id: orgId }] = (await db.query('SELECT organization_id FROM team WHERE id = $1', [ownTeamId])).rows as { organization_id: string }[];
    // A team of this spec only (no manager, no members): nothing else looks at it.
    await db.query('INSERT INTO team (id, organization_id, name) VALUES ($1, $2, $3)', [scratchTeamId, orgId, `Target profile spec ${scratchTeamId.slice(0, 8)}`]);
    const [row] = (await db.query(`SELECT id, name, aliases[1] AS alias FROM skill WHERE cardinality(aliases) > 0
      AND lower(aliases[1]) <> lower(name) ORDER BY id LIMIT 1`)).rows as { id: string; name: string; alias: string }[];
    aliased = row;
  });
  afterAll(async () => {
    // Put the manager's team back as the seed had it (other specs read it).
    if (ownOriginal) await t.gql(SET, input(ownTeamId, ownOriginal.map((x) => ({ skillId: x.skill.id, minLevel: x.minLevel, needed: x.needed }))));
    await db?.query('DELETE FROM team WHERE id = $1', [scratchTeamId]);
    await db?.end();
    await t?.close();
  });

  it('ADMIN replaces a profile; aliases and labels resolve to the canonical skill; coverage follows in the same response', async () => {
    const r = await t.gql<{ setTeamTargetProfile: { targetProfile: Target[]; skillGaps: Gap[]; readiness: number } }>(SET, input(scratchTeamId, [
      { skillId: `  ${aliased.alias.toUpperCase()} `, minLevel: 3, needed: 2 },
      { skillId: 'onet:2.A.1.a', minLevel: 0, needed: 1 },
    ]));
    expect(r.errors).toBeUndefined();
    const profile = r.data!.setTeamTargetProfile.targetProfile;
    expect(profile.map((p) => [p.skill.id, p.minLevel, p.needed]).sort()).toEqual([[aliased.id, 3, 2], ['onet:2.A.1.a', 0, 1]].sort());
    // No members: nobody covers anything, readiness 0.
    expect(r.data!.setTeamTargetProfile.skillGaps.map((g) => g.gap).sort()).toEqual([1, 2]);
    expect(r.data!.setTeamTargetProfile.readiness).toBe(0);
    const again = await t.gql<{ team: { targetProfile: Target[] } }>(TEAM, { id: scratchTeamId });
    expect(again.data!.team.targetProfile).toHaveLength(2);
    // An empty list clears it.
    const cleared = await t.gql<{ setTeamTargetProfile: { targetProfile: Target[]; readiness: number } }>(SET, input(scratchTeamId, []));
    expect(cleared.data!.setTeamTargetProfile.targetProfile).toEqual([]);
    expect(cleared.data!.setTeamTargetProfile.readiness).toBe(1);
  });

  it('reports every bad entry (index and field) and saves nothing', async () => {
    await t.gql(SET, input(scratchTeamId, [{ skillId: 'onet:2.A.1.a', minLevel: 2, needed: 1 }]));
    const r = await t.gql(SET, input(scratchTeamId, [
      { skillId: 'onet:2.A.1.b', minLevel: 2, needed: 1 },
      { skillId: 'no such skill at all', minLevel: 2, needed: 1 },
      { skillId: 'onet:2.A.1.b', minLevel: 6, needed: 0 },
      { skillId: 'onet:2.A.1.c', minLevel: -1, needed: 1001 },
    ]));
    const errors = r.errors as Errors;
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const problems = errors?.[0].extensions?.details?.problems ?? [];
    expect(problems.map((p) => `${p.index}.${p.field}`)).toEqual(['1.skillId', '2.skillId', '2.minLevel', '2.needed', '3.minLevel', '3.needed']);
    expect(errors?.[0].message).toMatch(/skills\[1\]\.skillId: Unknown skill "no such skill at all" \(and 5 more\)/);
    const after = await t.gql<{ team: { targetProfile: Target[] } }>(TEAM, { id: scratchTeamId });
    expect(after.data!.team.targetProfile.map((p) => [p.skill.id, p.minLevel, p.needed])).toEqual([['onet:2.A.1.a', 2, 1]]);
    const tooMany = await t.gql(SET, input(scratchTeamId, Array.from({ length: 201 }, () => ({ skillId: 'onet:2.A.1.a', minLevel: 1, needed: 1 }))));
    expect((tooMany.errors as Errors)?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownTeam = await t.gql(SET, input(randomUUID(), []));
    expect((unknownTeam.errors as Errors)?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a MANAGER edits their own team (the gap chart data changes) and is audited; another team, HR and L&D are FORBIDDEN', async () => {
    const first = ownOriginal[0];
    const bumped = ownOriginal.map((x, i) => ({ skillId: x.skill.id, minLevel: x.minLevel, needed: i === 0 ? x.needed + 3 : x.needed }));
    const before = await t.gqlAs<{ team: { skillGaps: Gap[] } }>('MANAGER', TEAM, { id: ownTeamId });
    const gapBefore = before.data!.team.skillGaps.find((g) => g.skill.id === first.skill.id)!;
    const r = await t.gqlAs<{ setTeamTargetProfile: { skillGaps: Gap[] } }>('MANAGER', SET, input(ownTeamId, bumped));
    expect(r.errors).toBeUndefined();
    const gapAfter = r.data!.setTeamTargetProfile.skillGaps.find((g) => g.skill.id === first.skill.id)!;
    expect(gapAfter.needed).toBe(first.needed + 3);
    expect(gapAfter.covered).toBe(gapBefore.covered);
    expect(gapAfter.gap).toBe(Math.max(0, first.needed + 3 - gapBefore.covered));

    for (const role of ['HR', 'LND'] as const) {
      const denied = await t.gqlAs(role, SET, input(ownTeamId, bumped));
      expect((denied.errors as Errors)?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const other = await t.gqlAs('MANAGER', SET, input(otherTeamId, []));
    expect((other.errors as Errors)?.[0].extensions?.code).toBe('FORBIDDEN');
    const untouched = await t.gql<{ team: { targetProfile: Target[] } }>(TEAM, { id: otherTeamId });
    expect(untouched.data!.team.targetProfile.length).toBeGreaterThan(0);

    const me = await t.gqlAs<{ me: { id: string } }>('MANAGER', '{ me { id } }');
    const { rows } = await db.query(
      `SELECT action, actor_user_id, subject_type, subject_id, details FROM audit_event WHERE subject_id = $1 AND action = 'team.target_profile.set' ORDER BY at DESC LIMIT 1`, [ownTeamId]);
    expect(rows[0]).toMatchObject({ actor_user_id: me.data!.me.id, subject_type: 'team' });
    const details = rows[0].details as { before: { skillId: string; needed: number }[]; after: { skillId: string; needed: number }[] };
    expect(details.before.find((b) => b.skillId === first.skill.id)?.needed).toBe(first.needed);
    expect(details.after.find((b) => b.skillId === first.skill.id)?.needed).toBe(first.needed + 3);
    const generic = await db.query(`SELECT 1 FROM audit_event WHERE action = 'mutation.setTeamTargetProfile' AND actor_user_id = $1`, [me.data!.me.id]);
    expect(generic.rowCount).toBeGreaterThan(0);
  });

  it('concurrent replacements serialise: the result is one of the inputs, never a mix', async () => {
    const a = [{ skillId: 'onet:2.A.1.a', minLevel: 1, needed: 1 }, { skillId: 'onet:2.A.1.b', minLevel: 1, needed: 1 }];
    const b = [{ skillId: 'onet:2.A.1.c', minLevel: 2, needed: 2 }];
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => t.gql(SET, input(scratchTeamId, i % 2 ? a : b))));
    for (const r of results) expect(r.errors).toBeUndefined();
    const after = await t.gql<{ team: { targetProfile: Target[] } }>(TEAM, { id: scratchTeamId });
    const got = after.data!.team.targetProfile.map((p) => p.skill.id).sort();
    expect([['onet:2.A.1.a', 'onet:2.A.1.b'], ['onet:2.A.1.c']]).toContainEqual(got);
  });
});

