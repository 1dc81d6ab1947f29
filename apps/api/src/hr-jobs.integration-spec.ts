/**
 * HR over HTTP against the real, seeded PostgreSQL (issue 5, HR part): the job editor (create, update,
 * atomic requirement replace with BAD_USER_INPUT and nothing half-saved), skill search by alias, the
 * hiring pipeline (moves with a required reason, who/when/why, allowed moves, CONFLICT, audit), each
 * ranking row's current stage, and who may do it (HR and ADMIN; MANAGER and L&D not).
 * Everything this spec creates (DRAFT jobs titled "zz HR spec …") is deleted afterwards.
 */
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

type Errors = { message: string; extensions?: { code?: string; [k: string]: unknown } }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

const SQL = 'esco:598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const POSTGRESQL = 'esco:a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996';
const STATISTICS = 'esco:7ee4c2ea-b349-4bd2-81a3-ec31475d4833';

const JOB_FIELDS = 'id title status description occupationCode team { id name } requirements { skill { id name } minLevel weight mustHave }';
const CREATE = `mutation($input: CreateJobInput!) { createJob(input: $input) { job { ${JOB_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateJobInput!) { updateJob(input: $input) { job { ${JOB_FIELDS} } } }`;
const REPLACE = `mutation($input: ReplaceJobRequirementsInput!) { replaceJobRequirements(input: $input) { job { ${JOB_FIELDS} } } }`;
const MOVE = `mutation($input: MoveApplicationInput!, $blind: Boolean) { moveApplication(input: $input, blind: $blind) {
  application { id stage allowedMoves person { id displayName email } history { fromStage toStage reason at actor { id email displayName } } }
  event { id fromStage toStage reason at actor { email displayName } } } }`;
const PIPELINE = `query($id: ID!, $stage: ApplicationStage, $first: Int, $after: String, $blind: Boolean) { job(id: $id) { pipeline(stage: $stage, first: $first, after: $after, blind: $blind) {
  total stageCounts { stage count }
  applications { totalCount pageInfo { hasNextPage endCursor } edges { node { id stage person { id displayName email code }
    history { fromStage toStage reason at actor { email displayName } } } } } } } }`;

interface JobNode { id: string; title: string; status: string; description: string | null; occupationCode: string | null; team: { id: string; name: string } | null; requirements: { skill: { id: string; name: string }; minLevel: number; weight: number; mustHave: boolean }[] }

describe('HR: job editor and hiring pipeline (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  const created: string[] = [];
  let candidates: { id: string; displayName: string; code: string }[];

  const create = async (input: Record<string, unknown>, role: 'HR' | 'ADMIN' | 'MANAGER' | 'LND' = 'HR') => {
    const r = await t.gqlAs<{ createJob: { job: JobNode } }>(role, CREATE, { input });
    if (r.data?.createJob) created.push(r.data.createJob.job.id);
    return r;
  };
  const requirementRows = async (jobId: string) =>
    (await db.query('SELECT skill_id, min_level, weight, must_have, position FROM job_requirement WHERE job_id = $1 ORDER BY position', [jobId])).rows;

  beforeAll(async () => {
    t = await startTestApp({ as: 'HR' });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    candidates = (await db.query(`SELECT id, display_name AS "displayName", code FROM person WHERE kind = 'CANDIDATE' ORDER BY id LIMIT 3`)).rows;
  });
  afterAll(async () => {
    if (created.length) await db.query('DELETE FROM job WHERE id = ANY($1::uuid[])', [created]);
    await db?.end();
    await t?.close();
  });

  it('skills(search) finds skills by alias (Postgres → PostgreSQL), case- and space-insensitively', async () => {
    const r = await t.gql<{ skills: { edges: { node: { id: string; name: string; aliases: string[] } }[] } }>(
      '{ skills(search: "  postGRES ", first: 5) { edges { node { id name aliases } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.skills.edges[0].node).toMatchObject({ id: POSTGRESQL, name: 'PostgreSQL', aliases: ['Postgres'] });
  });

  it('creates a job with requirements given by id, label or alias; defaults to DRAFT', async () => {
    const r = await create({
      title: '  zz HR spec   Data Engineer ', description: 'Builds pipelines.',
      requirements: [
        { skillId: 'sql', minLevel: 3, weight: 2, mustHave: true },
        { skillId: 'Postgres', minLevel: 0, weight: 0.5, mustHave: false },
        { skillId: STATISTICS, minLevel: 5, weight: 1, mustHave: false },
      ],
    });
    expect(r.errors).toBeUndefined();
    const job = r.data!.createJob.job;
    expect(job).toMatchObject({ title: 'zz HR spec Data Engineer', status: 'DRAFT', description: 'Builds pipelines.', team: null, occupationCode: null });
    expect(job.requirements.map((q) => [q.skill.id, q.minLevel, q.weight, q.mustHave])).toEqual([
      [SQL, 3, 2, true], [POSTGRESQL, 0, 0.5, false], [STATISTICS, 5, 1, false],
    ]);
  });

  it('refuses a duplicate skill (also via an alias), a level off the scale, a non-positive weight: BAD_USER_INPUT and nothing half-saved', async () => {
    const r = await create({ title: 'zz HR spec Analyst', status: 'OPEN', requirements: [{ skillId: SQL, minLevel: 3, weight: 1, mustHave: true }] });
    const job = r.data!.createJob.job;
    const before = await requirementRows(job.id);
    expect(before).toHaveLength(1);

    const duplicate = await t.gql(REPLACE, { input: { jobId: job.id, requirements: [
      { skillId: POSTGRESQL, minLevel: 2, weight: 1, mustHave: false },
      { skillId: 'postgres', minLevel: 4, weight: 1, mustHave: true },
    ] } });
    expect(codeOf(duplicate.errors)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].message).toBe('Requirement 2: PostgreSQL is already requirement 1');
    expect((duplicate.errors![0].extensions?.['details'] as { field?: string } | undefined)?.field).toBe('requirements[1].skillId');

    const offScale = await t.gql(REPLACE, { input: { jobId: job.id, requirements: [
      { skillId: 'Python', minLevel: 3, weight: 1, mustHave: false }, { skillId: STATISTICS, minLevel: 6, weight: 1, mustHave: false },
    ] } });
    expect(codeOf(offScale.errors)).toBe('BAD_USER_INPUT');
    expect(offScale.errors![0].message).toBe('Requirement 2: level 6 is not on the scale (0 = presence, or 1..5)');

    for (const weight of [0, -1]) {
      const bad = await t.gql(REPLACE, { input: { jobId: job.id, requirements: [{ skillId: STATISTICS, minLevel: 2, weight, mustHave: false }] } });
      expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
      expect((bad.errors![0].extensions?.['details'] as { field?: string } | undefined)?.field).toBe('requirements[0].weight');
    }
    const ambiguous = await t.gql(REPLACE, { input: { jobId: job.id, requirements: [{ skillId: 'PostgreSQL', minLevel: 2, weight: 1, mustHave: false }] } });
    expect(ambiguous.errors![0].message).toBe('Requirement 1: "PostgreSQL" names several skills (PostgreSQL [esco:a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996]; PostgreSQL [onet-tech:43232311/postgresql]): choose one');
    const unknown = await t.gql(REPLACE, { input: { jobId: job.id, requirements: [{ skillId: 'Basket weaving for robots', minLevel: 2, weight: 1, mustHave: false }] } });
    expect(unknown.errors![0].message).toBe('Requirement 1: unknown skill "Basket weaving for robots"');

    // updateJob with bad requirements: the title change is not saved either.
    const both = await t.gql(UPDATE, { input: { id: job.id, title: 'zz HR spec renamed', requirements: [{ skillId: SQL, minLevel: 9, weight: 1, mustHave: false }] } });
    expect(codeOf(both.errors)).toBe('BAD_USER_INPUT');
    expect((await db.query('SELECT title FROM job WHERE id = $1', [job.id])).rows[0].title).toBe('zz HR spec Analyst');
    expect(await requirementRows(job.id)).toEqual(before);

    const ok = await t.gql<{ replaceJobRequirements: { job: JobNode } }>(REPLACE, { input: { jobId: job.id, requirements: [
      { skillId: 'Postgres', minLevel: 4, weight: 3, mustHave: true }, { skillId: SQL, minLevel: 2, weight: 1, mustHave: false },
    ] } });
    expect(ok.errors).toBeUndefined();
    expect(await requirementRows(job.id)).toEqual([
      { skill_id: POSTGRESQL, min_level: 4, weight: 3, must_have: true, position: 0 },
      { skill_id: SQL, min_level: 2, weight: 1, must_have: false, position: 1 },
    ]);
  });

  it('updates fields, sets and clears the team, and reports unknown ids as NOT_FOUND', async () => {
    const teams = await t.gql<{ hiringTeams: { id: string; name: string }[] }>('{ hiringTeams { id name } }');
    expect(teams.errors).toBeUndefined();
    expect(teams.data!.hiringTeams.length).toBeGreaterThan(1);
    const team = teams.data!.hiringTeams[0];
    const job = (await create({ title: 'zz HR spec Team job', teamId: team.id, occupationCode: '15-9999.00' })).data!.createJob.job;
    expect(job.team).toEqual(team);
    const updated = await t.gql<{ updateJob: { job: JobNode } }>(UPDATE, { input: { id: job.id, status: 'OPEN', teamId: '', description: 'x', occupationCode: '' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateJob.job).toMatchObject({ title: 'zz HR spec Team job', status: 'OPEN', team: null, description: 'x', occupationCode: null });
    expect(codeOf((await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', title: 'x' } })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await t.gql(UPDATE, { input: { id: job.id, teamId: '00000000-0000-4000-8000-000000000000' } })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await t.gql(UPDATE, { input: { id: job.id, title: '   ' } })).errors)).toBe('BAD_USER_INPUT');
    const scale = await t.gql<{ proficiencyScale: { min: number; max: number; labels: string[] } }>('{ proficiencyScale { min max labels } }');
    expect(scale.data!.proficiencyScale).toEqual({ min: 1, max: 5, labels: ['Foundational', 'Developing', 'Proficient', 'Advanced', 'Expert'] });
  });

  it('moves people through the pipeline with a required reason, who and when; shows the stage on ranking rows', async () => {
    const job = (await create({ title: 'zz HR spec Pipeline', status: 'OPEN', requirements: [{ skillId: SQL, minLevel: 2, weight: 1, mustHave: true }] })).data!.createJob.job;
    const [a, b] = candidates;
    const started = Date.now();

    for (const reason of ['', '   \n ']) {
      const blank = await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'SHORTLISTED', reason } });
      expect(codeOf(blank.errors)).toBe('BAD_USER_INPUT');
      expect((blank.errors![0].extensions?.['details'] as { field?: string } | undefined)?.field).toBe('reason');
    }
    const tooLong = await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'SHORTLISTED', reason: 'x'.repeat(2001) } });
    expect(codeOf(tooLong.errors)).toBe('BAD_USER_INPUT');
    const straightToOffer = await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'OFFER', reason: 'too fast' } });
    expect(codeOf(straightToOffer.errors)).toBe('CONFLICT');
    expect((await db.query('SELECT count(*)::int AS n FROM application WHERE job_id = $1', [job.id])).rows[0].n).toBe(0);

    const moved = await t.gql<{ moveApplication: { application: { id: string; stage: string; allowedMoves: string[]; person: { id: string; displayName: string; email: string | null } }; event: { fromStage: string | null; toStage: string; reason: string; at: string; actor: { email: string; displayName: string } } } }>(
      MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'SHORTLISTED', reason: '  Verified SQL at level 3, top eligible  ', expectedStage: null } });
    expect(moved.errors).toBeUndefined();
    const { application, event } = moved.data!.moveApplication;
    expect(application).toMatchObject({ stage: 'SHORTLISTED', person: { id: a.id, displayName: a.displayName } });
    expect(application.allowedMoves).toEqual(['APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'REJECTED']);
    expect(event).toMatchObject({ fromStage: null, toStage: 'SHORTLISTED', reason: 'Verified SQL at level 3, top eligible', actor: { email: 'hr@skillproof.example', displayName: 'Harriet Recruiter' } });
    expect(event.at).toMatch(/Z$/);
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(started - 5_000);
    expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.now() + 5_000);

    // Optimistic check: the client thought the person was not in the pipeline yet.
    const stale = await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'INTERVIEW', reason: 'stale', expectedStage: null } });
    expect(codeOf(stale.errors)).toBe('CONFLICT');
    expect(codeOf((await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'SHORTLISTED', reason: 'again' } })).errors)).toBe('CONFLICT');
    expect(codeOf((await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'HIRED', reason: 'skip the offer' } })).errors)).toBe('CONFLICT');

    for (const [to, reason] of [['INTERVIEW', 'Invited'], ['OFFER', 'Great interview'], ['HIRED', 'Accepted the offer']]) {
      expect((await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: to, reason } })).errors).toBeUndefined();
    }
    expect(codeOf((await t.gql(MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'REJECTED', reason: 'final' } })).errors)).toBe('CONFLICT');
    // ADMIN may reopen a final decision, with a reason.
    const reopened = await t.gqlAs('ADMIN', MOVE, { input: { jobId: job.id, personId: a.id, toStage: 'OFFER', reason: 'Start date fell through, reopened' } });
    expect(reopened.errors).toBeUndefined();

    expect((await t.gql(MOVE, { input: { jobId: job.id, personId: b.id, toStage: 'APPLIED', reason: 'Applied online' } })).errors).toBeUndefined();
    expect((await t.gql(MOVE, { input: { jobId: job.id, personId: b.id, toStage: 'REJECTED', reason: 'No SQL evidence' } })).errors).toBeUndefined();

    const pipeline = await t.gql<{ job: { pipeline: { total: number; stageCounts: { stage: string; count: number }[]; applications: { totalCount: number; edges: { node: { id: string; stage: string; person: { id: string; displayName: string; email: string | null; code: string }; history: { fromStage: string | null; toStage: string; reason: string; at: string; actor: { email: string; displayName: string } | null }[] } }[] } } } }>(
      PIPELINE, { id: job.id });
    expect(pipeline.errors).toBeUndefined();
    const p = pipeline.data!.job.pipeline;
    expect(p.total).toBe(2);
    expect(p.stageCounts).toEqual([
      { stage: 'APPLIED', count: 0 }, { stage: 'SCREENING', count: 0 }, { stage: 'SHORTLISTED', count: 0 }, { stage: 'INTERVIEW', count: 0 },
      { stage: 'OFFER', count: 1 }, { stage: 'HIRED', count: 0 }, { stage: 'REJECTED', count: 1 },
    ]);
    // Most recently moved first.
    expect(p.applications.edges.map((e) => [e.node.person.id, e.node.stage])).toEqual([[b.id, 'REJECTED'], [a.id, 'OFFER']]);
    const history = p.applications.edges[1].node.history;
    expect(history.map((h) => [h.fromStage, h.toStage, h.reason, h.actor?.email])).toEqual([
      [null, 'SHORTLISTED', 'Verified SQL at level 3, top eligible', 'hr@skillproof.example'],
      ['SHORTLISTED', 'INTERVIEW', 'Invited', 'hr@skillproof.example'],
      ['INTERVIEW', 'OFFER', 'Great interview', 'hr@skillproof.example'],
      ['OFFER', 'HIRED', 'Accepted the offer', 'hr@skillproof.example'],
      ['HIRED', 'OFFER', 'Start date fell through, reopened', 'admin@skillproof.example'],
    ]);
    expect([...history.map((h) => h.at)].sort()).toEqual(history.map((h) => h.at));

    // Stage filter, paging, blind mode.
    const rejected = await t.gql<{ job: { pipeline: { applications: { totalCount: number; edges: { node: { person: { id: string } } }[] } } } }>(PIPELINE, { id: job.id, stage: 'REJECTED' });
    expect(rejected.data!.job.pipeline.applications.totalCount).toBe(1);
    const page1 = await t.gql<{ job: { pipeline: { applications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { person: { id: string } } }[] } } } }>(PIPELINE, { id: job.id, first: 1 });
    expect(page1.data!.job.pipeline.applications).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await t.gql<{ job: { pipeline: { applications: { edges: { node: { person: { id: string } } }[] } } } }>(PIPELINE, { id: job.id, first: 1, after: page1.data!.job.pipeline.applications.pageInfo.endCursor });
    expect(page2.data!.job.pipeline.applications.edges.map((e) => e.node.person.id)).toEqual([a.id]);
    const blind = await t.gql<{ job: { pipeline: { applications: { edges: { node: { person: { displayName: string; email: string | null; code: string } } }[] } } } }>(PIPELINE, { id: job.id, blind: true });
    for (const e of blind.data!.job.pipeline.applications.edges) {
      expect(e.node.person.displayName).toBe(e.node.person.code);
      expect(e.node.person.email).toBeNull();
    }

    // Each ranking row carries its current stage.
    const ranking = await t.gql<{ job: { matches: { edges: { node: { person: { id: string }; currentStage: string | null } }[] } } }>(
      'query($id: ID!) { job(id: $id) { matches(first: 500) { edges { node { person { id } currentStage } } } } }', { id: job.id });
    expect(ranking.errors).toBeUndefined();
    const stages = new Map(ranking.data!.job.matches.edges.map((e) => [e.node.person.id, e.node.currentStage]));
    expect(stages.get(a.id)).toBe('OFFER');
    expect(stages.get(b.id)).toBe('REJECTED');
    expect(stages.get(candidates[2].id)).toBeNull();

    // Logged: one stage event per move (reason NOT NULL in the table too) and an audit event with the actor.
    const audit = await db.query(
      `SELECT e.details, u.email FROM audit_event e JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.action = 'application.move' AND e.details->>'jobId' = $1 ORDER BY e.at, e.id`, [job.id]);
    expect(audit.rows.map((r: { details: { toStage: string; reason: string }; email: string }) => [r.details.toStage, r.email])).toEqual([
      ['SHORTLISTED', 'hr@skillproof.example'], ['INTERVIEW', 'hr@skillproof.example'], ['OFFER', 'hr@skillproof.example'],
      ['HIRED', 'hr@skillproof.example'], ['OFFER', 'admin@skillproof.example'], ['APPLIED', 'hr@skillproof.example'], ['REJECTED', 'hr@skillproof.example'],
    ]);
    await expect(db.query(`INSERT INTO application_stage_event (organization_id, application_id, to_stage, reason)
      SELECT organization_id, id, 'SCREENING', '  ' FROM application WHERE job_id = $1 LIMIT 1`, [job.id])).rejects.toThrow(/check constraint/);
  });

  it('only HR and ADMIN edit jobs, move people and see pipelines (MANAGER and L&D: FORBIDDEN)', async () => {
    const job = (await create({ title: 'zz HR spec Access' })).data!.createJob.job;
    for (const role of ['MANAGER', 'LND'] as const) {
      expect(codeOf((await t.gqlAs(role, CREATE, { input: { title: 'zz HR spec nope' } })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await t.gqlAs(role, REPLACE, { input: { jobId: job.id, requirements: [] } })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await t.gqlAs(role, UPDATE, { input: { id: job.id, title: 'x' } })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await t.gqlAs(role, MOVE, { input: { jobId: job.id, personId: candidates[0].id, toStage: 'APPLIED', reason: 'x' } })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await t.gqlAs(role, '{ hiringTeams { id } }')).errors)).toBe('FORBIDDEN');
    }
    // A manager may open their own team's job, but not its pipeline.
    const own = await db.query(`SELECT j.id FROM job j JOIN team t ON t.id = j.team_id JOIN app_user u ON u.person_id = t.manager_id WHERE u.email = 'manager@skillproof.example' LIMIT 1`);
    const managerPipeline = await t.gqlAs('MANAGER', '{ job(id: "' + own.rows[0].id + '") { id pipeline { total } } }');
    expect(codeOf(managerPipeline.errors)).toBe('FORBIDDEN');
    expect((await t.gqlAs('ADMIN', PIPELINE, { id: job.id })).errors).toBeUndefined();
    expect(codeOf((await t.gql(MOVE, { input: { jobId: job.id, personId: '00000000-0000-4000-8000-000000000000', toStage: 'APPLIED', reason: 'x' } })).errors)).toBe('NOT_FOUND');
  });
});
