import { startEmbeddedDatabase } from '@skillproof/api-data-access';

/**
 * `node dist/apps/api/apps/api/src/cli/embedded-database.js <dataDir> <port>`: starts the embedded
 * PostgreSQL, prints `READY <url>` on stdout and keeps it running until SIGTERM/SIGINT (then stops it).
 * Used by the test setup on machines without a PostgreSQL server.
 */
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: embedded-database <dataDir> <port>');
  const db = await startEmbeddedDatabase({ dataDir, port: Number(port), database: 'postgres', log: (m) => process.stderr.write(`${m}\n`) });
  process.stdout.write(`READY ${db.url}\n`);
  const stop = () => void db.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
