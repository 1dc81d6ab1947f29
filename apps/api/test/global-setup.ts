/**
 * Jest global setup for integration and browser tests: a REAL PostgreSQL, migrated and seeded once.
 * - TEST_DATABASE_URL set (CI): a fresh database `skillproof_test_<random>` is created on that server.
 * - unset (a fresh machine): the embedded PostgreSQL is started in tmp/test-postgres on a free port.
 * The URL of the prepared database is passed to the tests in SKILLPROOF_TEST_DB_URL.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@skillproof/api-core';
import { startEmbeddedDatabase } from '@skillproof/api-data-access';
import { prepareDatabase } from '../src/bootstrap';

declare global {
  var __SKILLPROOF_TEARDOWN__: (() => Promise<void>) | undefined;
}

const freePort = () => new Promise<number>((resolve, reject) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const addr = srv.address();
    srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
  });
});

export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const log = (m: string) => process.stdout.write(`[test db] ${m}\n`);
  let serverUrl = process.env['TEST_DATABASE_URL'];
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const db = await startEmbeddedDatabase({ dataDir: join(root, 'tmp', 'test-postgres'), port: await freePort(), database: 'postgres', log });
    serverUrl = db.url;
    stopEmbedded = db.stop;
  }
  const dbName = `skillproof_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const config = loadConfig({ NODE_ENV: 'test', REFERENCE_DATA_DIR: join(root, 'data', 'reference'), PUBLIC_URL: 'http://localhost:3000' }, root);
  const started = Date.now();
  await prepareDatabase(url.toString(), config, true, log);
  log(`migrated and seeded ${dbName} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.env['SKILLPROOF_TEST_DB_URL'] = url.toString();
  globalThis.__SKILLPROOF_TEARDOWN__ = async () => {
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
    if (stopEmbedded) await stopEmbedded();
  };
}
