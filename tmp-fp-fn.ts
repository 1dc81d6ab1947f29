import { readFileSync } from 'node:fs';
import { Client } from 'pg';
(async () => {
  const src = readFileSync('libs/api/data-access/src/migrations/1765065600001-job-match-bound.ts', 'utf8');
  const start = src.indexOf('CREATE FUNCTION job_match_bound_refresh(');
  const end = src.indexOf('$fn$;', src.indexOf('$fn$', src.indexOf('$fn$', start) + 4)) + 5;
  const fn = src.slice(start, end).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(/\\`/g, '`');
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/skillproof_bench' });
  await c.connect();
  await c.query(fn);
  console.log('replaced', fn.length);
  await c.end();
})();
