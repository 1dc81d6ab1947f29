#!/usr/bin/env node
// `npm test`: lint (incl. module boundaries), type-check, unit specs, builds, integration specs on a real
// PostgreSQL (TEST_DATABASE_URL, else an embedded one), then the browser test in headless Chromium.
// The browser test is required when CI=true; elsewhere it is skipped (with a notice) if no Chromium exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const results = [];
function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const ok = r.status === 0;
  results.push({ name, ok });
  if (!ok) {
    summary();
    process.exit(r.status ?? 1);
  }
}
function summary() {
  const passed = results.filter((r) => r.ok).length;
  console.log('\nTest layers:');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
}

// CI never trusts a local cache: every layer runs for real there.
const cacheFlags = process.env.CI ? ['--skip-nx-cache'] : [];
step('generated GraphQL types match apps/api/schema.gql (npm run codegen)', 'npx', ['graphql-codegen', '-c', 'codegen.ts', '--check']);
step('lint, typecheck, unit specs', 'npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', '--outputStyle=static', '--parallel=2', ...cacheFlags]);
step('build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,dashboard', '--outputStyle=static', ...cacheFlags]);
step('integration specs (real PostgreSQL)', 'npx', ['jest', '-c', 'jest.integration.config.js', '--runInBand']);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  step('browser test (headless Chromium)', 'npx', ['jest', '-c', 'apps/dashboard-e2e/jest.config.js', '--runInBand'], { CHROMIUM_PATH: chromium });
} else if (process.env.CI) {
  console.error(`\nCI requires the browser test but no Chromium was found at ${chromium}`);
  results.push({ name: 'browser test (headless Chromium)', ok: false });
  summary();
  process.exit(1);
} else {
  console.log(`\n(skipped) browser test: no Chromium at ${chromium}; install it with "apt-get install -y chromium" or set CHROMIUM_PATH`);
}
summary();
