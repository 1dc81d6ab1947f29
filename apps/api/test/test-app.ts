import 'reflect-metadata';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@skillproof/api-core';
import { createApplication } from '../src/bootstrap';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  /** POST /graphql; returns the parsed JSON body (data and errors). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
}

/** Starts the whole API on a free port against the database prepared by global-setup. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const root = join(__dirname, '..', '..', '..');
  const databaseUrl = process.env['SKILLPROOF_TEST_DB_URL'];
  if (!databaseUrl) throw new Error('SKILLPROOF_TEST_DB_URL is not set: run through jest.integration.config.js');
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000', REFERENCE_DATA_DIR: join(root, 'data', 'reference'), DASHBOARD_DIST: join(root, 'dist', 'apps', 'dashboard'), ...env }, root);
  const app = await createApplication(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    async gql(query, variables) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: never; errors?: { message: string; extensions?: { code?: string } }[] };
    },
    close: () => app.close(),
  };
}
