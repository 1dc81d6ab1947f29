#!/usr/bin/env node
// `npm start`: builds the API and the dashboard (Nx caches unchanged builds), then runs the server:
// embedded PostgreSQL (unless DATABASE_URL), migrations, demo data on first start, API + dashboard on PORT.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
console.log('Building the API and the dashboard…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,dashboard', '--outputStyle=static'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/apps/api/src/main.js')], { cwd: root, env: { NODE_ENV: 'production', ...process.env }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
// A server killed by a signal is a failure for the caller (exit 1), unless we forwarded SIGINT/SIGTERM.
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { forwarded = true; });
server.on('exit', (code, signal) => process.exit(code ?? (signal && !forwarded ? 1 : 0)));
