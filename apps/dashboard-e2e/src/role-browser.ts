/**
 * Helpers of the per-role browser tests (manager-flow, lnd-flow, a11y): a fresh browser context per
 * role WITHOUT the ADMIN session support.ts injects, sign-in through the real login form, GraphQL as
 * a demo user, axe-core scans, and collection of console / page errors.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS, DEMO_USERS, signIn, type BrowserSession } from './support';

export type DemoRole = keyof typeof DEMO_USERS;

/** Debian's Chromium, headless (one per spec file). */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A signed-out context in `timezoneId` (default America/Los_Angeles: west of UTC, where a date shown in
 * local time would slip to the previous day). With `session`, the dashboard starts signed in as it.
 */
export async function newRoleContext(browser: Browser, options: { timezoneId?: string; session?: BrowserSession } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, timezoneId: options.timezoneId ?? 'America/Los_Angeles', acceptDownloads: true });
  if (options.session) {
    await context.addInitScript((s: BrowserSession) => {
      try {
        if (!window.sessionStorage.getItem('skillproof.session')) window.sessionStorage.setItem('skillproof.session', JSON.stringify(s));
      } catch { /* about:blank has no storage */ }
    }, options.session);
  }
  return context;
}

/** Records console errors and uncaught page errors of `page` into `problems`. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

/** Signs in through the login page as the demo user of `role` (README "Demo users"). */
export async function signInWithForm(page: Page, url: string, role: DemoRole): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(DEMO_USERS[role].email);
  await page.getByLabel('Password').fill(DEMO_USERS[role].password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
}

type GqlErrors = { message: string; extensions?: { code?: string } }[];

/** GraphQL over HTTP as the demo user of `role` (tokens cached per server and role). */
export async function gqlAs<T>(url: string, role: DemoRole, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: GqlErrors }> {
  const key = `${url}|${role}`;
  let token = tokens.get(key);
  if (!token) tokens.set(key, (token = signIn(url, role).then((s) => s.accessToken)));
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${await token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: GqlErrors };
}
const tokens = new Map<string, Promise<string>>();

/** Like gqlAs, but throws on GraphQL errors and returns the data. */
export async function apiAs<T>(url: string, role: DemoRole, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gqlAs<T>(url, role, query, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL as ${role} failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** One axe-core finding, reduced to what a report needs. */
export interface AxeFinding { id: string; impact: string | null | undefined; help: string; targets: string[] }

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The calendar day of an ISO instant in UTC, formatted as the dashboard does ("1 Mar 2025"). */
export function utcDayLabel(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
