#!/usr/bin/env node
// `npm run bench [-- name ...]`: runs every tools/bench/*.bench.mjs (or the named ones) one after the
// other, each writing its ratios into bench-results.json. A benchmark, not a test: it may take minutes.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './results.mjs';

const dir = join(ROOT, 'tools', 'bench');
const wanted = process.argv.slice(2);
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w))).sort();
if (!benches.length) {
  console.error('no benchmark found');
  process.exit(1);
}
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', TZ: 'UTC' };
console.log('Building the API (benchmarks run the built code)…');
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: ROOT, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const r = spawnSync(process.execPath, [join(dir, file), ...process.argv.slice(2).filter((a) => a.startsWith('--'))], { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
