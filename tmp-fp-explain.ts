import { Client } from 'pg';
import { rankCandidatesInDatabase } from './libs/api/data-access/src/fast-path/rank-candidates-in-database';
(async () => {
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/skillproof_bench' });
  await c.connect();
  const org = '0df274a5-3469-4662-8c74-357f7f97220e';
  const j = (await c.query(`SELECT id, title FROM job WHERE organization_id = $1 ORDER BY title, id LIMIT 1 OFFSET ${process.argv[2] ?? 0}`, [org])).rows[0];
  const reqs = (await c.query(`SELECT skill_id, min_level, weight, must_have FROM job_requirement WHERE job_id = $1 ORDER BY position`, [j.id])).rows;
  const requirements = reqs.map((r) => ({ skillId: r.skill_id, minLevel: r.min_level, weight: Number(r.weight), mustHave: r.must_have, requireTrustedIssuer: false }));
  const totalWeight = requirements.reduce((s, r) => s + r.weight, 0);
  const db = { query: async (sql: string, p?: unknown[]) => {
    const r = await c.query('EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ' + sql, p);
    console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
    return c.query(sql, p);
  } };
  await rankCandidatesInDatabase(db, { organizationId: org, requirements, totalWeight, asOf: new Date(), includeEmployees: false, eligibleOnly: false, limit: 50, offset: 0, withEvidence: true, jobId: j.id });
  await c.end();
})();
