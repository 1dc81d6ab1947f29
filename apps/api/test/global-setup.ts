/**
 * Jest global setup for integration and browser tests: a REAL PostgreSQL, migrated and seeded once,
 * by the BUILT product (the same code `npm start` runs; the api build is run here, Nx-cached).
 * - TEST_DATABASE_URL set (CI): a fresh database `skillproof_test_<random>` is created on that server.
 * - unset (a fresh machine): the embedded PostgreSQL is started in tmp/test-postgres on a free port.
 * The URL of the prepared database reaches the tests in SKILLPROOF_TEST_DB_URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

declare global {
  var __SKILLPROOF_TEARDOWN__: (() => Promise<void>) | undefined;
}

const root = join(__dirname, '..', '..', '..');
const cli = (name: string) => join(root, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'cli', `${name}.js`);
const log = (m: string) => process.stdout.write(`[test db] ${m}\n`);

const freePort = () => new Promise<number>((resolve, reject) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const addr = srv.address();
    srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
  });
});

function startEmbedded(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    void freePort().then((port) => {
      const child = spawn(process.execPath, [cli('embedded-database'), join(root, 'tmp', 'test-postgres'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) resolve({ url: m[1], child });
      });
      child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
    }, reject);
  });
}

export default async function globalSetup(): Promise<void> {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  if (build.status !== 0) throw new Error('api build failed: run "npx nx run api:build" to see why');
  let serverUrl = process.env['TEST_DATABASE_URL'];
  let embedded: ChildProcess | undefined;
  if (!serverUrl) {
    const started = await startEmbedded();
    serverUrl = started.url;
    embedded = started.child;
    log('TEST_DATABASE_URL unset: using an embedded PostgreSQL');
  }
  const dbName = `skillproof_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const started = Date.now();
  const prep = spawnSync(process.execPath, [cli('prepare-database'), '--seed'], {
    cwd: root, stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: url.toString(), PUBLIC_URL: 'http://localhost:3000', REFERENCE_DATA_DIR: join(root, 'data', 'reference') },
  });
  if (prep.status !== 0) throw new Error('migrating/seeding the test database failed');
  log(`migrated and seeded ${dbName} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.env['SKILLPROOF_TEST_DB_URL'] = url.toString();
  globalThis.__SKILLPROOF_TEARDOWN__ = async () => {
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
    if (embedded) {
      const exited = new Promise((r) => embedded!.once('exit', r));
      embedded.kill('SIGTERM');
      await exited;
    }
  };
}
