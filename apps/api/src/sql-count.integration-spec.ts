/**
 * No N+1 (issue 4): every dashboard operation (libs/dashboard/data-access/src/lib/operations) runs in at
 * most 5 SQL statements, counted at the pg client (every statement TypeORM sends goes through
 * `Client.prototype.query` of the `pg` package, in this process). Each operation runs once to warm the
 * per-process caches (taxonomy, catalogue), then is counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

const MAX_STATEMENTS = 5;
const OPERATIONS = join(__dirname, '..', '..', '..', 'libs', 'dashboard', 'data-access', 'src', 'lib', 'operations');
/** The GraphQL text of a dashboard operation file (its graphql(`…`) or gql`…` template; the api does not import dashboard libs). */
const operation = (file: string): string => {
  const m = /(?:graphql\(|gql)`([\s\S]*?)`/.exec(readFileSync(join(OPERATIONS, file), 'utf8'));
  if (!m) throw new Error(`no gql document in ${file}`);
  return m[1];
};
const TEAMS_QUERY = operation('teams.query.ts');
const TEAM_QUERY = operation('team.query.ts');
const JOBS_QUERY = operation('jobs.query.ts');
const JOB_QUERY = operation('job.query.ts');
const JOB_MATCHES_QUERY = operation('job-matches.query.ts');
const PERSON_QUERY = operation('person.query.ts');

describe('SQL statements per dashboard operation (no N+1)', () => {
  let t: TestApp;
  let statements: string[] = [];
  const original = Client.prototype.query;

  beforeAll(async () => {
    t = await startTestApp();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (Client.prototype as any).query = function (this: Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: string };
      statements.push(typeof first === 'string' ? first : first?.text ?? '?');
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await t?.close();
  });

  async function count(query: string, variables: Record<string, unknown>): Promise<{ n: number; data: Record<string, unknown> }> {
    const warm = await t.gql(query, variables);
    expect(warm.errors).toBeUndefined();
    statements = [];
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    const n = statements.length;
    if (n > MAX_STATEMENTS) process.stdout.write(`${n} statements:\n${statements.join('\n---\n')}\n`);
    return { n, data: res.data as Record<string, unknown> };
  }

  it('teams list, team page, jobs list, job page, job matches page and person page: ≤ 5 statements each', async () => {
    const teams = await count(TEAMS_QUERY, {});
    expect(teams.n).toBeLessThanOrEqual(MAX_STATEMENTS);
    const teamId = (teams.data['teams'] as { id: string }[] | { edges: { node: { id: string } }[] });
    const firstTeam = Array.isArray(teamId) ? teamId[0].id : teamId.edges[0].node.id;
    expect((await count(TEAM_QUERY, { id: firstTeam })).n).toBeLessThanOrEqual(MAX_STATEMENTS);

    const jobs = await count(JOBS_QUERY, { status: 'OPEN', first: 50 });
    expect(jobs.n).toBeLessThanOrEqual(MAX_STATEMENTS);
    const jobId = (jobs.data['jobs'] as { edges: { node: { id: string } }[] }).edges[0].node.id;
    expect((await count(JOB_QUERY, { id: jobId })).n).toBeLessThanOrEqual(MAX_STATEMENTS);

    const matches = await count(JOB_MATCHES_QUERY, { id: jobId, first: 25 });
    expect(matches.n).toBeLessThanOrEqual(MAX_STATEMENTS);
    const personId = (matches.data['job'] as { matches: { edges: { node: { person: { id: string } } }[] } }).matches.edges[0].node.person.id;
    expect((await count(PERSON_QUERY, { id: personId })).n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
