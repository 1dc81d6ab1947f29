/**
 * L&D over HTTP against the real, seeded PostgreSQL: the upskilling plan of a demo team, accepting it,
 * automatic completion by the database trigger when a VERIFIED credential of the definition is imported
 * for the person (never by a FAILED one), overdue, manual status changes and expiring credentials.
 */
import { Client } from 'pg';
import { importIssuerKey, issueOpenBadgeCredential } from '@skillproof/domain-verification';
import { startTestApp, type TestApp } from '../test/test-app';

interface Named { id: string; name: string }
interface PlanNode {
  capacityHoursPerPerson: number; totalHours: number; totalCost: number; readinessBefore: number; readinessAfter: number;
  assignments: { person: { id: string; displayName: string }; definition: { id: string; name: string; estimatedHours: number; cost: number | null }; closes: Named[]; hours: number; cost: number | null }[];
  uncoverable: Named[];
}
interface AssignmentNode { id: string; status: string; dueDate: string; overdue: boolean; completedAt: string | null; completedByCredentialId: string | null; person: { id: string }; definition: { id: string } }
type Gql = { message: string; extensions?: { code?: string } }[] | undefined;

const PLAN = `query($id: ID!, $capacity: Int) { team(id: $id) { id name readiness
  skillGaps { skill { id } needed covered gap holders { id } }
  upskillingPlan(capacityHoursPerPerson: $capacity) { capacityHoursPerPerson totalHours totalCost readinessBefore readinessAfter
    assignments { person { id displayName } definition { id name estimatedHours cost } closes { id name } hours cost }
    uncoverable { id name } } } }`;
const BOARD = `query($status: AssignmentStatus, $teamId: ID, $overdue: Boolean, $first: Int, $after: String) {
  learningAssignments(status: $status, teamId: $teamId, overdue: $overdue, first: $first, after: $after) { totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status dueDate overdue completedAt completedByCredentialId person { id displayName } definition { id name } } } } }`;
const ACCEPT = `mutation($input: AcceptUpskillingPlanInput!) { acceptUpskillingPlan(input: $input) { assignments { id status dueDate overdue person { id } definition { id } } } }`;
const ASSIGN = `mutation($input: AssignCredentialInput!) { assignCredential(input: $input) { assignments { id status dueDate person { id } definition { id } } } }`;
const UPDATE = `mutation($input: UpdateAssignmentStatusInput!) { updateAssignmentStatus(input: $input) { id status overdue } }`;
const IMPORT = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { id verification { status reasons } } } }`;

/** Hours per person per quarter used here: the demo catalogue's gap-closing credentials take 40+ hours each. */
const CAP = 160;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const codeOf = (errors: Gql) => errors?.[0]?.extensions?.code;

describe('Learning & development (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let teamId: string;
  let plan: PlanNode;
  let accepted: AssignmentNode[];

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    // The demo team whose plan has the most assignments.
    const teams = await t.gql<{ teams: { id: string }[] }>('{ teams { id } }');
    let best: { id: string; plan: PlanNode } | undefined;
    for (const { id } of teams.data!.teams) {
      const r = await t.gql<{ team: { upskillingPlan: PlanNode } }>(PLAN, { id, capacity: CAP });
      expect(r.errors).toBeUndefined();
      if (!best || r.data!.team.upskillingPlan.assignments.length > best.plan.assignments.length) best = { id, plan: r.data!.team.upskillingPlan };
    }
    teamId = best!.id;
    plan = best!.plan;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it("the demo team's plan closes real gaps, within each person's capacity", async () => {
    const r = await t.gql<{ team: { readiness: number; skillGaps: { skill: { id: string }; needed: number; covered: number; gap: number; holders: { id: string }[] }[] } }>(PLAN, { id: teamId, capacity: CAP });
    const { readiness, skillGaps } = r.data!.team;
    expect(plan.assignments.length).toBeGreaterThan(0);
    expect(plan.capacityHoursPerPerson).toBe(CAP);
    expect(plan.readinessBefore).toBeCloseTo(readiness, 12);
    expect(plan.readinessAfter).toBeGreaterThan(plan.readinessBefore);
    expect(plan.readinessAfter).toBeLessThanOrEqual(1);
    expect(plan.totalHours).toBeCloseTo(plan.assignments.reduce((s, a) => s + a.hours, 0), 9);
    expect(plan.totalCost).toBeCloseTo(plan.assignments.reduce((s, a) => s + (a.cost ?? 0), 0), 9);
    const hours = new Map<string, number>();
    const closed = new Map<string, number>();
    for (const a of plan.assignments) {
      hours.set(a.person.id, (hours.get(a.person.id) ?? 0) + a.hours);
      expect(a.hours).toBe(a.definition.estimatedHours);
      expect(a.closes.length).toBeGreaterThan(0);
      for (const s of a.closes) {
        const gap = skillGaps.find((g) => g.skill.id === s.id)!;
        expect(gap.gap).toBeGreaterThan(0); // only open gaps are closed
        expect(gap.holders.map((h) => h.id)).not.toContain(a.person.id); // never someone already at the level
        closed.set(s.id, (closed.get(s.id) ?? 0) + 1);
      }
    }
    for (const [, h] of hours) expect(h).toBeLessThanOrEqual(CAP);
    for (const [skillId, n] of closed) expect(n).toBeLessThanOrEqual(skillGaps.find((g) => g.skill.id === skillId)!.gap);
    // Readiness gained = gaps closed / Σ needed.
    const neededSum = skillGaps.reduce((s, g) => s + g.needed, 0);
    expect(plan.readinessAfter - plan.readinessBefore).toBeCloseTo([...closed.values()].reduce((s, n) => s + n, 0) / neededSum, 9);

    const small = await t.gql<{ team: { upskillingPlan: PlanNode } }>(PLAN, { id: teamId, capacity: 5 });
    const smallHours = new Map<string, number>();
    for (const a of small.data!.team.upskillingPlan.assignments) smallHours.set(a.person.id, (smallHours.get(a.person.id) ?? 0) + a.hours);
    for (const [, h] of smallHours) expect(h).toBeLessThanOrEqual(5);
    expect(small.data!.team.upskillingPlan.readinessAfter).toBeLessThanOrEqual(plan.readinessAfter);

    const bad = await t.gql(PLAN, { id: teamId, capacity: -1 });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
  });

  it('accepting the plan creates its assignments in one step; the plan then builds on them', async () => {
    const past = await t.gql(ACCEPT, { input: { teamId, capacityHoursPerPerson: CAP, dueDate: inDays(-1) } });
    expect(codeOf(past.errors)).toBe('BAD_USER_INPUT');
    const missing = await t.gql(ACCEPT, { input: { teamId: '00000000-0000-4000-8000-000000000000', dueDate: inDays(30) } });
    expect(codeOf(missing.errors)).toBe('NOT_FOUND');

    const dueDate = inDays(60);
    const r = await t.gql<{ acceptUpskillingPlan: { assignments: AssignmentNode[] } }>(ACCEPT, { input: { teamId, capacityHoursPerPerson: CAP, dueDate } });
    expect(r.errors).toBeUndefined();
    accepted = r.data!.acceptUpskillingPlan.assignments;
    expect(accepted.map((a) => `${a.person.id}:${a.definition.id}`)).toEqual(plan.assignments.map((a) => `${a.person.id}:${a.definition.id}`));
    for (const a of accepted) expect(a).toMatchObject({ status: 'ASSIGNED', dueDate: new Date(dueDate).toISOString(), overdue: false });

    const board = await t.gql<{ learningAssignments: { totalCount: number; edges: { node: AssignmentNode }[] } }>(BOARD, { teamId, status: 'ASSIGNED', first: 500 });
    expect(board.data!.learningAssignments.totalCount).toBe(accepted.length);
    expect(board.data!.learningAssignments.edges.map((e) => e.node.id).sort()).toEqual(accepted.map((a) => a.id).sort());

    // Recomputed: nothing is planned twice, and the readiness to reach is unchanged (open assignments count).
    const again = await t.gql<{ team: { upskillingPlan: PlanNode } }>(PLAN, { id: teamId, capacity: CAP });
    const next = again.data!.team.upskillingPlan;
    const keys = new Set(accepted.map((a) => `${a.person.id}:${a.definition.id}`));
    for (const a of next.assignments) expect(keys.has(`${a.person.id}:${a.definition.id}`)).toBe(false);
    expect(next.readinessAfter).toBeGreaterThanOrEqual(plan.readinessAfter - 1e-12);
    // Accepting again creates nothing twice.
    const twice = await t.gql<{ acceptUpskillingPlan: { assignments: AssignmentNode[] } }>(ACCEPT, { input: { teamId, capacityHoursPerPerson: CAP, dueDate } });
    expect(twice.data!.acceptUpskillingPlan.assignments.map((a) => `${a.person.id}:${a.definition.id}`)).toEqual(next.assignments.map((a) => `${a.person.id}:${a.definition.id}`));
    const open = await db.query(`SELECT person_id, definition_id, count(*)::int AS n FROM learning_assignment WHERE status IN ('ASSIGNED', 'IN_PROGRESS') GROUP BY 1, 2 HAVING count(*) > 1`);
    expect(open.rowCount).toBe(0);
  });

  it('a VERIFIED credential of the definition completes the assignment by itself; a FAILED one does not', async () => {
    // An accepted assignment whose definition has a demo issuer with a key.
    const rows = await db.query(
      `SELECT a.id, a.person_id, a.definition_id, d.name, d.issuer_id, p.email, i.name AS issuer_name, k.key_pair
         FROM learning_assignment a JOIN credential_definition d ON d.id = a.definition_id JOIN person p ON p.id = a.person_id
         JOIN issuer i ON i.id = d.issuer_id JOIN issuer_key k ON k.issuer_id = i.id
        WHERE a.id = ANY($1::uuid[]) ORDER BY a.id LIMIT 1`, [accepted.map((a) => a.id)]);
    expect(rows.rowCount).toBe(1);
    const row = rows.rows[0];
    const key = await importIssuerKey(row.key_pair);
    const list = await db.query('SELECT id FROM status_list WHERE issuer_id = $1', [row.issuer_id]);
    const issue = (n: number) => issueOpenBadgeCredential({
      key, issuer: { id: key.did, name: row.issuer_name }, credentialId: `urn:uuid:10000000-0000-4000-8000-00000000000${n}`,
      subject: { email: row.email, salt: 'learning' },
      achievement: { id: `urn:uuid:${row.definition_id}`, name: row.name, description: row.name, criteria: { narrative: 'test' } },
      validFrom: new Date('2025-01-01T00:00:00Z'),
      status: { statusListCredential: `http://localhost:3000/status-lists/${list.rows[0].id}`, statusListIndex: 99_998, statusPurpose: 'revocation' },
    });
    const statusOf = async () => (await db.query('SELECT status, completed_at, completed_by_credential_id FROM learning_assignment WHERE id = $1', [row.id])).rows[0];

    const tampered = await issue(1);
    (tampered['credentialSubject'] as { achievement: { name: string } }).achievement.name = 'Forged';
    const bad = await t.gql<{ importCredential: { credential: { id: string; verification: { status: string; reasons: string[] } } } }>(IMPORT, { input: { personId: row.person_id, document: JSON.stringify(tampered) } });
    expect(bad.data!.importCredential.credential.verification.status).toBe('FAILED');
    expect(await statusOf()).toMatchObject({ status: 'ASSIGNED', completed_at: null, completed_by_credential_id: null });

    const ok = await t.gql<{ importCredential: { credential: { id: string; verification: { status: string } } } }>(IMPORT, { input: { personId: row.person_id, document: JSON.stringify(await issue(2)) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importCredential.credential.verification.status).toBe('VERIFIED');
    const done = await statusOf();
    expect(done.status).toBe('COMPLETED');
    expect(done.completed_by_credential_id).toBe(ok.data!.importCredential.credential.id);
    expect(Math.abs(new Date(done.completed_at).getTime() - Date.now())).toBeLessThan(60_000);

    const board = await t.gql<{ learningAssignments: { edges: { node: AssignmentNode }[] } }>(BOARD, { teamId, status: 'COMPLETED', first: 50 });
    const node = board.data!.learningAssignments.edges.find((e) => e.node.id === row.id)!.node;
    expect(node).toMatchObject({ status: 'COMPLETED', overdue: false, completedByCredentialId: ok.data!.importCredential.credential.id });
    // A completed assignment is final.
    const reopen = await t.gql(UPDATE, { input: { id: row.id, status: 'IN_PROGRESS' } });
    expect(codeOf(reopen.errors)).toBe('CONFLICT');

    // The trigger also fires on UPDATE (re-verification, attaching a person or a definition later):
    // a credential row becoming VERIFIED completes a new open assignment — checked inside a rolled-back transaction.
    const renewal = await t.gql<{ assignCredential: { assignments: AssignmentNode[] } }>(ASSIGN, { input: { personIds: [row.person_id], definitionId: row.definition_id, dueDate: inDays(30) } });
    const renewalId = renewal.data!.assignCredential.assignments[0].id;
    expect(renewalId).not.toBe(row.id);
    const failedId = bad.data!.importCredential.credential.id;
    await db.query('BEGIN');
    try {
      await db.query(`UPDATE credential SET name = 'x' WHERE id = $1`, [failedId]); // other columns: no effect
      expect((await db.query('SELECT status FROM learning_assignment WHERE id = $1', [renewalId])).rows[0].status).toBe('ASSIGNED');
      await db.query(`UPDATE credential SET verification_status = 'VERIFIED' WHERE id = $1`, [failedId]);
      expect((await db.query('SELECT status, completed_by_credential_id FROM learning_assignment WHERE id = $1', [renewalId])).rows[0])
        .toEqual({ status: 'COMPLETED', completed_by_credential_id: failedId });
    } finally {
      await db.query('ROLLBACK');
    }
    expect((await db.query('SELECT status FROM learning_assignment WHERE id = $1', [renewalId])).rows[0].status).toBe('ASSIGNED');
    await t.gql(UPDATE, { input: { id: renewalId, status: 'CANCELLED', note: 'test renewal' } });
  });

  it('overdue is derived from the due date; manual changes follow the lifecycle', async () => {
    const open = await db.query(`SELECT id, status FROM learning_assignment WHERE id = ANY($1::uuid[]) AND status = 'ASSIGNED' ORDER BY id LIMIT 2`, [accepted.map((a) => a.id)]);
    const [late, other] = open.rows as { id: string; status: string }[];
    expect(late).toBeDefined();
    await db.query(`UPDATE learning_assignment SET due_date = now() - interval '1 day' WHERE id = $1`, [late.id]);
    const overdue = await t.gql<{ learningAssignments: { totalCount: number; edges: { node: AssignmentNode }[] } }>(BOARD, { overdue: true, first: 500 });
    expect(overdue.data!.learningAssignments.edges.map((e) => e.node.id)).toContain(late.id);
    for (const e of overdue.data!.learningAssignments.edges) {
      expect(e.node.overdue).toBe(true);
      expect(new Date(e.node.dueDate).getTime()).toBeLessThan(Date.now());
    }
    const notOverdue = await t.gql<{ learningAssignments: { edges: { node: AssignmentNode }[] } }>(BOARD, { overdue: false, first: 500 });
    expect(notOverdue.data!.learningAssignments.edges.every((e) => !e.node.overdue)).toBe(true);

    const progress = await t.gql<{ updateAssignmentStatus: { status: string; overdue: boolean } }>(UPDATE, { input: { id: late.id, status: 'IN_PROGRESS', note: 'started' } });
    expect(progress.data!.updateAssignmentStatus).toEqual({ id: late.id, status: 'IN_PROGRESS', overdue: true });
    const completeByHand = await t.gql(UPDATE, { input: { id: late.id, status: 'COMPLETED' } });
    expect(codeOf(completeByHand.errors)).toBe('BAD_USER_INPUT');
    const cancel = await t.gql<{ updateAssignmentStatus: { status: string; overdue: boolean } }>(UPDATE, { input: { id: late.id, status: 'CANCELLED', note: 'left the team' } });
    expect(cancel.data!.updateAssignmentStatus).toEqual({ id: late.id, status: 'CANCELLED', overdue: false }); // a cancelled one is never overdue
    expect(codeOf((await t.gql(UPDATE, { input: { id: late.id, status: 'IN_PROGRESS' } })).errors)).toBe('CONFLICT');
    expect(codeOf((await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', status: 'CANCELLED' } })).errors)).toBe('NOT_FOUND');
    if (other) expect((await t.gql<{ updateAssignmentStatus: { status: string } }>(UPDATE, { input: { id: other.id, status: 'IN_PROGRESS' } })).data!.updateAssignmentStatus.status).toBe('IN_PROGRESS');

    // Pagination of the board.
    const page1 = await t.gql<{ learningAssignments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: AssignmentNode }[] } }>(BOARD, { first: 1 });
    const all = page1.data!.learningAssignments.totalCount;
    if (all > 1) {
      expect(page1.data!.learningAssignments.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql<{ learningAssignments: { edges: { node: AssignmentNode }[] } }>(BOARD, { first: 1, after: page1.data!.learningAssignments.pageInfo.endCursor });
      expect(page2.data!.learningAssignments.edges[0].node.id).not.toBe(page1.data!.learningAssignments.edges[0].node.id);
    }
  });

  it('assignCredential validates everything, is all-or-nothing and returns an open duplicate as is', async () => {
    const people = await db.query(`SELECT id, kind FROM person WHERE kind = 'EMPLOYEE' ORDER BY id LIMIT 2`);
    const candidate = await db.query(`SELECT id FROM person WHERE kind = 'CANDIDATE' ORDER BY id LIMIT 1`);
    const def = await db.query(`SELECT id FROM credential_definition ORDER BY id DESC LIMIT 1`);
    const [e1, e2] = people.rows.map((r) => r.id as string);
    const definitionId = def.rows[0].id as string;
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM learning_assignment WHERE definition_id = $1', [definitionId])).rows[0].n as number;
    const before = await count();

    const cases: [Record<string, unknown>, string][] = [
      [{ personIds: [e1], definitionId, dueDate: inDays(-1) }, 'BAD_USER_INPUT'],
      [{ personIds: [], definitionId, dueDate: inDays(10) }, 'BAD_USER_INPUT'],
      [{ personIds: [e1, candidate.rows[0].id], definitionId, dueDate: inDays(10) }, 'BAD_USER_INPUT'],
      [{ personIds: [e1, '00000000-0000-4000-8000-000000000000'], definitionId, dueDate: inDays(10) }, 'NOT_FOUND'],
      [{ personIds: [e1], definitionId: '00000000-0000-4000-8000-000000000000', dueDate: inDays(10) }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const r = await t.gql(ASSIGN, { input });
      expect([input, codeOf(r.errors)]).toEqual([input, code]);
    }
    expect(await count()).toBe(before); // nothing half-saved

    const first = await t.gql<{ assignCredential: { assignments: AssignmentNode[] } }>(ASSIGN, { input: { personIds: [e1, e2, e1], definitionId, dueDate: inDays(20) } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignCredential.assignments.map((a) => [a.person.id, a.status])).toEqual([[e1, 'ASSIGNED'], [e2, 'ASSIGNED']]);
    const again = await t.gql<{ assignCredential: { assignments: AssignmentNode[] } }>(ASSIGN, { input: { personIds: [e2], definitionId, dueDate: inDays(40) } });
    expect(again.data!.assignCredential.assignments).toEqual([first.data!.assignCredential.assignments[1]]);
    expect(await count()).toBe(before + 2);
  });

  it("lists employees' VERIFIED credentials expiring within the window, soonest first", async () => {
    const q = `query($d: Int, $team: ID) { expiringCredentials(withinDays: $d, teamId: $team) { id validUntil verification { status } person { id kind team { id } } } }`;
    type Row = { id: string; validUntil: string; verification: { status: string }; person: { id: string; kind: string; team: { id: string } | null } };
    const wide = await t.gql<{ expiringCredentials: Row[] }>(q, { d: 3650 });
    expect(wide.errors).toBeUndefined();
    const rows = wide.data!.expiringCredentials;
    expect(rows.length).toBeGreaterThan(0);
    const horizon = Date.now() + 3650 * 86_400_000;
    let previous = 0;
    for (const c of rows) {
      const until = new Date(c.validUntil).getTime();
      expect(until).toBeGreaterThan(Date.now() - 60_000);
      expect(until).toBeLessThanOrEqual(horizon + 60_000);
      expect(until).toBeGreaterThanOrEqual(previous);
      previous = until;
      expect(c.verification.status).toBe('VERIFIED');
      expect(c.person.kind).toBe('EMPLOYEE');
    }
    const byDefault = await t.gql<{ expiringCredentials: Row[] }>(`{ expiringCredentials { id validUntil } }`);
    const in90 = rows.filter((c) => new Date(c.validUntil).getTime() <= Date.now() + 90 * 86_400_000).map((c) => c.id);
    expect(byDefault.data!.expiringCredentials.map((c) => c.id)).toEqual(in90);
    const team = rows.find((c) => c.person.team)?.person.team?.id;
    if (team) {
      const own = await t.gql<{ expiringCredentials: Row[] }>(q, { d: 3650, team });
      expect(own.data!.expiringCredentials.length).toBeGreaterThan(0);
      expect(own.data!.expiringCredentials.every((c) => c.person.team?.id === team)).toBe(true);
    }
    expect(codeOf((await t.gql(q, { d: -1 })).errors)).toBe('BAD_USER_INPUT');
  });
});
