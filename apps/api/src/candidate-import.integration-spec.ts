/**
 * Candidate CSV import over HTTP against the real, seeded PostgreSQL (issue 5, HR; case C8 of
 * ../shared/cases): UTF-8 with BOM, Windows-1252 and `;`-separated inputs keep headers and accents,
 * per-row errors carry the row number (header = row 1), each row is all-or-nothing, people are upserted
 * by e-mail, claimed skills are stored as CLAIMED (shown apart, never scored) and people can join a
 * job's pipeline at APPLIED. Everything created here (people with @c8-spec.example e-mails, the job) is
 * deleted afterwards so other specs see the seeded 200 candidates.
 */
import iconv from 'iconv-lite';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

type Errors = { message: string; extensions?: { code?: string; [k: string]: unknown } }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

const IMPORT = `mutation($input: ImportCandidatesInput!) { importCandidates(input: $input) {
  encoding delimiter total imported rejected peopleCreated peopleUpdated addedToPipeline
  rows { row outcome email name skill skillId skillName level errors personId createdPerson }
  people { id displayName email kind } } }`;

interface Row { row: number; outcome: string; email: string; name: string; skill: string; skillId: string | null; skillName: string | null; level: number | null; errors: string[]; personId: string | null; createdPerson: boolean }
interface Result { encoding: string; delimiter: string; total: number; imported: number; rejected: number; peopleCreated: number; peopleUpdated: number; addedToPipeline: number; rows: Row[]; people: { id: string; displayName: string; email: string; kind: string }[] }

const STATISTICS = 'esco:7ee4c2ea-b349-4bd2-81a3-ec31475d4833';
// C8 exactly as given: (1) UTF-8 with BOM, (2) the same text in Windows-1252, (3) the same with `;`.
const C8_TEXT = 'email,name,skill,level\r\nzoe.muller@example.org,Zoë Müller,Análisis de datos,3\r\n';
const C8 = {
  'UTF-8 with BOM': Buffer.from(`\ufeff${C8_TEXT}`, 'utf8'),
  'Windows-1252': iconv.encode(C8_TEXT, 'windows-1252'),
  'Windows-1252 with ;': iconv.encode(C8_TEXT.replace(/,/g, ';'), 'windows-1252'),
};

describe('Candidate CSV import (GraphQL over HTTP, real PostgreSQL; case C8)', () => {
  let t: TestApp;
  let db: Client;
  let jobId: string;
  const run = (bytes: Buffer, extra: Record<string, unknown> = {}) =>
    t.gql<{ importCandidates: Result }>(IMPORT, { input: { contentBase64: bytes.toString('base64'), filename: 'c8.csv', ...extra } });

  beforeAll(async () => {
    t = await startTestApp({ as: 'HR' });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const job = await t.gql<{ createJob: { job: { id: string } } }>('mutation { createJob(input: { title: "zz C8 spec job" }) { job { id } } }');
    jobId = job.data!.createJob.job.id;
  });
  afterAll(async () => {
    const people = (await db.query(`SELECT id FROM person WHERE email LIKE '%@c8-spec.example' OR email = 'zoe.muller@example.org'`)).rows.map((r: { id: string }) => r.id);
    await db.query('DELETE FROM credential WHERE person_id = ANY($1::uuid[])', [people]);
    await db.query('DELETE FROM person WHERE id = ANY($1::uuid[])', [people]);
    await db.query('DELETE FROM job WHERE id = $1', [jobId]);
    await db?.end();
    await t?.close();
  });

  it.each(Object.entries(C8))('C8 %s: header recognised, name and skill intact, row 2 rejected (no such skill in the taxonomy), nothing saved', async (_name, bytes) => {
    const r = await run(bytes);
    expect(r.errors).toBeUndefined();
    const result = r.data!.importCandidates;
    expect(result).toMatchObject({ total: 1, imported: 0, rejected: 1, peopleCreated: 0, people: [] });
    expect(result.delimiter).toBe(_name.endsWith(';') ? ';' : ',');
    expect(result.encoding).toMatch(_name.startsWith('UTF-8') ? /^UTF-8$/ : /^(windows-1252|ISO-8859-1)$/);
    // "Análisis de datos" is not in the taxonomy (ESCO/O*NET in English): a row error, with the accents intact.
    expect(result.rows).toEqual([{
      row: 2, outcome: 'REJECTED', email: 'zoe.muller@example.org', name: 'Zoë Müller', skill: 'Análisis de datos', skillId: null, skillName: null, level: 3,
      errors: ['Row 2: unknown skill "Análisis de datos" (not a skill name or alias of the taxonomy)'], personId: null, createdPerson: false,
    }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM person WHERE email = 'zoe.muller@example.org'`)).rows[0].n).toBe(0);
  });

  it.each(Object.entries(C8))('C8 %s with a known skill (alias "data analysis"): the person is created with the name intact, the skill CLAIMED', async (name, bytes) => {
    const email = `zoe.${name.replace(/\W+/g, '-').toLowerCase()}@c8-spec.example`;
    const text = (name.endsWith(';') ? iconv.decode(bytes, 'windows-1252') : name.startsWith('UTF-8') ? bytes.toString('utf8') : iconv.decode(bytes, 'windows-1252'))
      .replace('zoe.muller@example.org', email).replace('Análisis de datos', 'Data Analysis');
    const reencoded = name.startsWith('UTF-8') ? Buffer.from(text, 'utf8') : iconv.encode(text, 'windows-1252');
    const r = await run(reencoded, { jobId });
    expect(r.errors).toBeUndefined();
    const result = r.data!.importCandidates;
    expect(result).toMatchObject({ total: 1, imported: 1, rejected: 0, peopleCreated: 1, addedToPipeline: 1 });
    expect(result.rows[0]).toMatchObject({ row: 2, outcome: 'IMPORTED', name: 'Zoë Müller', skillId: STATISTICS, skillName: 'statistics', level: 3, errors: [], createdPerson: true });
    expect(result.people).toEqual([{ id: result.rows[0].personId, displayName: 'Zoë Müller', email, kind: 'CANDIDATE' }]);
    const person = await t.gql<{ person: { displayName: string; skills: { skill: { id: string } }[]; claimedSkills: { skill: { id: string }; level: number; verified: boolean }[]; credentials: { format: string; verification: { status: string } }[] } }>(
      'query($id: ID!) { person(id: $id) { displayName skills { skill { id } } claimedSkills { skill { id } level verified } credentials { format verification { status } } } }', { id: result.rows[0].personId });
    expect(person.data!.person).toEqual({
      displayName: 'Zoë Müller', skills: [], claimedSkills: [{ skill: { id: STATISTICS }, level: 3, verified: false }],
      credentials: [{ format: 'MANUAL', verification: { status: 'CLAIMED' } }],
    });
    const { rows } = await db.query(`SELECT given_name, family_name FROM person WHERE email = $1`, [email]);
    expect(rows).toEqual([{ given_name: 'Zoë', family_name: 'Müller' }]);
  });

  it('rejects bad rows with their row number (header = row 1, empty lines count), imports the rest, each row all-or-nothing', async () => {
    const csv = [
      'Email;Full Name;Skill;Level', // row 1
      'ana.lima@c8-spec.example;Ana Lima;SQL;4', // 2 ok
      'not-an-email;Bad Mail;SQL;3', // 3 email
      '', // 4 (empty, skipped but counted)
      'bo@c8-spec.example;Bo Berg;CentOS;Beginner', // 5 C1: level "Beginner" not on the scale (and CentOS unknown?)
      'cy@c8-spec.example;;Python;2', // 6 no name
      'ana.lima@c8-spec.example;Ana Lima;postgres;Advanced', // 7 ok: alias + level label, same person
      'di@c8-spec.example;"Dí, Ana";Basket weaving;3', // 8 unknown skill
      'ed@c8-spec.example;Ed Eriksen;statistics;2', // 9 ambiguous label
    ].join('\r\n');
    const r = await run(Buffer.from(csv, 'utf8'), { jobId });
    expect(r.errors).toBeUndefined();
    const result = r.data!.importCandidates;
    expect(result).toMatchObject({ delimiter: ';', encoding: 'UTF-8', total: 7, imported: 2, rejected: 5, peopleCreated: 1, addedToPipeline: 1 });
    expect(result.rows.map((x) => [x.row, x.outcome])).toEqual([
      [2, 'IMPORTED'], [3, 'REJECTED'], [5, 'REJECTED'], [6, 'REJECTED'], [7, 'IMPORTED'], [8, 'REJECTED'], [9, 'REJECTED'],
    ]);
    const errors = new Map(result.rows.map((x) => [x.row, x.errors]));
    expect(errors.get(3)).toEqual(['Row 3: "not-an-email" is not an email address']);
    expect(errors.get(5)).toContain('Row 5: level "Beginner" is not on the scale: use 1..5 or a label (Foundational, Developing, Proficient, Advanced, Expert)');
    expect(errors.get(6)).toEqual(['Row 6: the name is empty']);
    expect(errors.get(8)).toEqual(['Row 8: unknown skill "Basket weaving" (not a skill name or alias of the taxonomy)']);
    expect(errors.get(9)?.[0]).toMatch(/^Row 9: skill "statistics" names several skills/);
    expect(result.rows.find((x) => x.row === 7)).toMatchObject({ skillName: 'PostgreSQL', level: 4, createdPerson: false });
    // Nothing of a rejected row was saved.
    expect((await db.query(`SELECT count(*)::int AS n FROM person WHERE email IN ('bo@c8-spec.example', 'cy@c8-spec.example', 'di@c8-spec.example', 'ed@c8-spec.example')`)).rows[0].n).toBe(0);
    const claims = await db.query(
      `SELECT a.skill_id, a.level, c.verification_status FROM credential c JOIN credential_alignment a ON a.credential_id = c.id
         JOIN person p ON p.id = c.person_id WHERE p.email = 'ana.lima@c8-spec.example' ORDER BY a.skill_id`);
    expect(claims.rows).toEqual([
      { skill_id: 'esco:598de5b0-5b58-4ea7-8058-a4bc4d18c742', level: 4, verification_status: 'CLAIMED' },
      { skill_id: 'esco:a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996', level: 4, verification_status: 'CLAIMED' },
    ]);
    const ana = result.rows[0].personId!;
    const pipeline = await t.gql<{ job: { pipeline: { applications: { edges: { node: { person: { id: string }; stage: string; history: { reason: string; actor: { email: string } } [] } }[] } } } }>(
      'query($id: ID!) { job(id: $id) { pipeline { applications { edges { node { person { id } stage history { reason actor { email } } } } } } } }', { id: jobId });
    const app = pipeline.data!.job.pipeline.applications.edges.find((e) => e.node.person.id === ana)!.node;
    expect(app).toMatchObject({ stage: 'APPLIED', history: [{ reason: 'Imported from c8.csv (row 2)', actor: { email: 'hr@skillproof.example' } }] });

    // Importing again: the existing person is reused, the claim is updated explicitly (4 → 2), never duplicated.
    const again = await run(Buffer.from('email,name,skill,level\nana.lima@c8-spec.example,Ana Lima-Souza,SQL,2\n'), { jobId });
    expect(again.data!.importCandidates).toMatchObject({ imported: 1, peopleCreated: 0, peopleUpdated: 1, addedToPipeline: 0 });
    const sql = await db.query(
      `SELECT a.level, p.display_name FROM credential c JOIN credential_alignment a ON a.credential_id = c.id JOIN person p ON p.id = c.person_id
        WHERE p.email = 'ana.lima@c8-spec.example' AND a.skill_id = 'esco:598de5b0-5b58-4ea7-8058-a4bc4d18c742'`);
    expect(sql.rows).toEqual([{ level: 2, display_name: 'Ana Lima-Souza' }]);
    const audit = await db.query(`SELECT details FROM audit_event WHERE action = 'candidates.import' AND subject_id = $1 ORDER BY at DESC LIMIT 1`, [jobId]);
    expect(audit.rows[0].details).toMatchObject({ filename: 'c8.csv', imported: 1 });
  });

  it('refuses unreadable files as a whole: not base64, no header columns, unknown job; HR and ADMIN only', async () => {
    expect(codeOf((await t.gql(IMPORT, { input: { contentBase64: '@@not base64@@' } })).errors)).toBe('BAD_USER_INPUT');
    const header = await run(Buffer.from('mail,name\nx@y.z,X\n'));
    expect(codeOf(header.errors)).toBe('BAD_USER_INPUT');
    expect(header.errors![0].message).toBe('The header must name the columns email, name, skill and level (missing: skill, level; found: mail, name)');
    expect(codeOf((await run(Buffer.from(C8_TEXT), { jobId: '00000000-0000-4000-8000-000000000000' })).errors)).toBe('NOT_FOUND');
    for (const role of ['MANAGER', 'LND'] as const) {
      expect(codeOf((await t.gqlAs(role, IMPORT, { input: { contentBase64: Buffer.from(C8_TEXT).toString('base64') } })).errors)).toBe('FORBIDDEN');
    }
  });
});
