import 'reflect-metadata';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@skillproof/api-core';
import { createApplication } from '../src/bootstrap';

/** A role of the demo users (README "Demo users"). */
export type TestRole = 'ADMIN' | 'HR' | 'MANAGER' | 'LND';

/** The demo accounts seeded by libs/api/data-access/src/seed/seed-users.ts. */
export const DEMO_USERS: Record<TestRole, { email: string; password: string }> = {
  ADMIN: { email: 'admin@skillproof.example', password: 'demo-admin-2025' },
  HR: { email: 'hr@skillproof.example', password: 'demo-hr-2025' },
  MANAGER: { email: 'manager@skillproof.example', password: 'demo-manager-2025' },
  LND: { email: 'lnd@skillproof.example', password: 'demo-lnd-2025' },
};

/** The HS256 key of the test servers (tests never write a key into DATA_DIR). */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef0123456789';

type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  /** POST /graphql as the app's default user (demo ADMIN unless `as` said otherwise); returns the parsed JSON body (data and errors). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** POST /graphql as the demo user of `role` (null: without a token). */
  gqlAs<T = Record<string, unknown>>(role: TestRole | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** An access token of the demo user of `role` (signed in once, then cached). */
  token(role: TestRole): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for the default user (empty when `as: null`), for raw fetch calls. */
  authHeaders(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Who `gql()` (and raw `fetch` to this server without an Authorization header) signs in as: default 'ADMIN'; null = no token. */
  as?: TestRole | null;
  /** Extra environment for loadConfig. */
  env?: Record<string, string>;
}

// Raw `fetch` calls of specs to a test server (REST uploads, malformed bodies) carry that server's
// default token unless they set Authorization themselves, so specs written before sign-in keep
// working. Only URLs of running test apps are touched.
const defaultAuth = new Map<string, () => Promise<string | null>>();
const realFetch = globalThis.fetch;
let fetchPatched = false;
function patchFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const origin = (() => { try { return new URL(url).origin; } catch { return ''; } })();
    const auth = defaultAuth.get(origin);
    if (!auth) return realFetch(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    if (!headers.has('authorization')) {
      const token = await auth();
      if (token) headers.set('authorization', `Bearer ${token}`);
    }
    return realFetch(input, { ...init, headers });
  };
}

const isOptions = (v: unknown): v is TestAppOptions => !!v && typeof v === 'object' && ('as' in v || 'env' in v);

/**
 * Starts the whole API on a free port against the database prepared by global-setup. `gql()` signs in
 * as the demo ADMIN automatically (token cached); `startTestApp({ as: 'HR' })` changes the default
 * user, `{ as: null }` sends no token. The older form `startTestApp(env)` still works.
 */
export async function startTestApp(options: TestAppOptions | Record<string, string> = {}): Promise<TestApp> {
  const opts: TestAppOptions = isOptions(options) ? options : { env: options as Record<string, string> };
  const defaultRole = opts.as === undefined ? 'ADMIN' : opts.as;
  const root = join(__dirname, '..', '..', '..');
  const databaseUrl = process.env['SKILLPROOF_TEST_DB_URL'];
  if (!databaseUrl) throw new Error('SKILLPROOF_TEST_DB_URL is not set: run through jest.integration.config.js');
  const config = loadConfig({
    NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000', REFERENCE_DATA_DIR: join(root, 'data', 'reference'),
    DASHBOARD_DIST: join(root, 'dist', 'apps', 'dashboard'), JWT_SECRET: TEST_JWT_SECRET, ...opts.env,
  }, root);
  const app = await createApplication(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const post = async <T>(query: string, variables: Record<string, unknown> | undefined, token: string | null): Promise<GqlResult<T>> => {
    const res = await realFetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  const tokens = new Map<TestRole, Promise<string>>();
  const token = (role: TestRole): Promise<string> => {
    let t = tokens.get(role);
    if (!t) {
      t = post<{ login: { accessToken: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', DEMO_USERS[role], null,
      ).then((r) => {
        if (!r.data?.login) throw new Error(`test sign-in as ${role} failed: ${JSON.stringify(r.errors)}`);
        return r.data.login.accessToken;
      });
      t.catch(() => tokens.delete(role));
      tokens.set(role, t);
    }
    return t;
  };
  const defaultToken = async () => (defaultRole ? token(defaultRole) : null);
  patchFetch();
  defaultAuth.set(baseUrl, defaultToken);

  return {
    app,
    baseUrl,
    gql: async (query, variables) => post(query, variables, await defaultToken()),
    gqlAs: async (role, query, variables) => post(query, variables, role ? await token(role) : null),
    token,
    authHeaders: async (): Promise<Record<string, string>> => {
      const t = await defaultToken();
      return t ? { authorization: `Bearer ${t}` } : {};
    },
    close: async () => {
      defaultAuth.delete(baseUrl);
      await app.close();
    },
  };
}
