import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@skillproof/api-core';
import { createApplication, openDatabase, prepareDatabase } from './bootstrap';

/** Starts SkillProof: database (embedded unless DATABASE_URL), migrations, demo data, API + dashboard. */
async function main(): Promise<void> {
  const logger = new Logger('SkillProof');
  const log = (m: string) => logger.log(m);
  const config = loadConfig(process.env);
  const db = await openDatabase(config, log);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  try {
    await prepareDatabase(db.url, config, config.seedDemo, log);
    const app = await createApplication(config, db.url);
    await app.listen(config.port);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void app.close().finally(() => stop(0)));
    }
    log(`SkillProof is running at ${config.publicUrl} (GraphQL: ${config.publicUrl}/graphql)`);
  } catch (e) {
    logger.error(e instanceof Error ? e.stack ?? e.message : String(e));
    await stop(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
