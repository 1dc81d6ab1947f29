import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const freePort = () => new Promise<number>((resolve, reject) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const addr = srv.address();
    srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
  });
});

/** Starts the built server (dist/apps/api) on a free port against the test database; resolves when /health answers. */
export async function startServer(): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), DATABASE_URL: process.env['SKILLPROOF_TEST_DB_URL'], SEED_DEMO: 'false', PUBLIC_URL: 'http://localhost:3000', JWT_SECRET: E2E_JWT_SECRET },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('server did not become healthy in 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  await signInForBrowser(url);
  return {
    url, child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** Debian's Chromium, headless, with the flags this machine needs (no background networking). */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'skillproof-chromium-')), {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1360, height: 900 },
    timezoneId: 'America/Los_Angeles',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  browsers.push(context);
  if (browserSession) await injectSession(context, browserSession);
  return context;
}

/** HS256 key of the browser-test server. */
const E2E_JWT_SECRET = 'e2e-only-jwt-secret-0123456789abcdef0123456789';

/** The demo accounts (README "Demo users"). */
export const DEMO_USERS = {
  ADMIN: { email: 'admin@skillproof.example', password: 'demo-admin-2025' },
  HR: { email: 'hr@skillproof.example', password: 'demo-hr-2025' },
  MANAGER: { email: 'manager@skillproof.example', password: 'demo-manager-2025' },
  LND: { email: 'lnd@skillproof.example', password: 'demo-lnd-2025' },
} as const;

/** What the dashboard keeps in sessionStorage after signing in (apps/dashboard/src/features/auth/session.ts). */
export interface BrowserSession { accessToken: string; user: { id: string; email: string; displayName: string; roles: string[]; personId: string | null } }

let browserSession: BrowserSession | undefined;
const browsers: BrowserContext[] = [];

/** Signs in through the API as the demo user of `role` and returns the session the dashboard stores. */
export async function signIn(url: string, role: keyof typeof DEMO_USERS): Promise<BrowserSession> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id email displayName roles personId } } }',
      variables: DEMO_USERS[role],
    }),
  });
  const body = (await res.json()) as { data?: { login: BrowserSession }; errors?: unknown };
  if (!body.data?.login) throw new Error(`browser-test sign-in as ${role} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}

/** Browsers open a signed-in dashboard: the session is written to sessionStorage before any page script runs (unless the page already has one). */
async function injectSession(context: BrowserContext, session: BrowserSession): Promise<void> {
  await context.addInitScript((s: BrowserSession) => {
    try {
      if (!window.sessionStorage.getItem('skillproof.session')) window.sessionStorage.setItem('skillproof.session', JSON.stringify(s));
    } catch { /* opaque origins (about:blank) have no storage */ }
  }, session);
}

/** startServer signs in as the demo ADMIN so existing browser tests keep working with sign-in on. */
async function signInForBrowser(url: string): Promise<void> {
  browserSession = await signIn(url, 'ADMIN');
  for (const b of browsers) await injectSession(b, browserSession);
}
