import 'reflect-metadata';
import { loadConfig } from '@skillproof/api-core';
import { openDatabase, prepareDatabase } from '../bootstrap';

/**
 * `node dist/apps/api/apps/api/src/cli/prepare-database.js [--seed]`: applies migrations (and with
 * `--seed` loads the demo organisation if absent) on DATABASE_URL, or on the embedded database.
 * Exit code 0 on success, 1 with the error on stderr otherwise.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = (m: string) => process.stdout.write(`${m}\n`);
  const db = await openDatabase(config, log);
  try {
    await prepareDatabase(db.url, config, process.argv.includes('--seed'), log);
  } finally {
    await db.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
