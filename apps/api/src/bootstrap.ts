import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@skillproof/api-core';
import { createDataSource, runMigrations, seedDemo, startEmbeddedDatabase, type EmbeddedDatabase } from '@skillproof/api-data-access';
import { AppModule } from './app.module';
import { raw } from 'express';
import { MAX_IMPORT_FILE_BYTES } from '@skillproof/api-feature-imports';
import { bodyErrorHandler } from './graphql/body-error-handler';

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded database (no-op for an external server). */
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL in `<DATA_DIR>/postgres`. */
export async function openDatabase(config: AppConfig, log: (m: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({
    dataDir: join(config.dataDir, 'postgres'), port: config.embeddedDbPort, database: 'skillproof', log,
  });
  return { url: embedded.url, stop: () => embedded.stop() };
}

/** Applies migrations and, when `seed`, loads the demo organisation if it is not there yet. */
export async function prepareDatabase(url: string, config: AppConfig, seed: boolean, log: (m: string) => void): Promise<void> {
  const ds = createDataSource({ url });
  await ds.initialize();
  try {
    const applied = await runMigrations(ds);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    if (seed) {
      const result = await seedDemo(ds, { referenceDataDir: config.referenceDataDir, publicUrl: config.publicUrl, log });
      log(result.created ? `demo organisation loaded (${result.summary})` : 'demo organisation already loaded');
    }
  } finally {
    await ds.destroy();
  }
}

/**
 * Creates the Nest application: GraphQL at POST /graphql, status lists at /status-lists/:id,
 * /health, and the built dashboard on every other GET path (single-page app fallback).
 */
export async function createApplication(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    logger: config.nodeEnv === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
    bodyParser: false,
  });
  // Bulk import upload: the raw file (any content type) up to 50 MB, on POST /imports only.
  app.use('/imports', raw({ type: () => true, limit: MAX_IMPORT_FILE_BYTES }));
  // Real badges embed images: accept documents up to the import limit (2 MB) plus JSON overhead.
  app.useBodyParser('json', { limit: '3mb' });
  // Body-parser failures (too large: 413, not JSON: 400) become typed JSON errors, never HTML or a 500.
  app.use(bodyErrorHandler);
  app.enableShutdownHooks();
  const index = join(config.dashboardDist, 'index.html');
  if (existsSync(index)) {
    app.useStaticAssets(config.dashboardDist, { index: false, fallthrough: true, maxAge: '1h' });
    app.use((req: Request, res: Response, next: NextFunction) => {
      const api = /^\/(graphql|status-lists|health)(\/|$)/.test(req.path);
      if (req.method === 'GET' && !api && req.accepts('html')) return res.sendFile(index);
      return next();
    });
  } else {
    new Logger('Dashboard').warn(`no built dashboard at ${config.dashboardDist}: run "npm run build" (npm start does it)`);
  }
  return app;
}
