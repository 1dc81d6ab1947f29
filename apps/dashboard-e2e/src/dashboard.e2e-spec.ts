/**
 * The built dashboard in headless Chromium against the built API and a real, seeded PostgreSQL.
 * Screenshots are kept in test-artifacts/ (team-page.png, job-page.png, person-page.png).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, startServer } from './support';

describe('dashboard in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Team page shows the needed-vs-covered chart, single points of knowledge and the skills matrix', async () => {
    await page.goto(`${server.url}/`);
    const teamLink = page.getByRole('link', { name: 'Digital Services' }).first();
    await teamLink.waitFor();
    await teamLink.click();
    await page.getByRole('heading', { level: 1, name: /Digital Services/ }).waitFor();
    const chart = page.getByTestId('coverage-chart');
    await chart.locator('svg .recharts-bar-rectangle').first().waitFor({ timeout: 20_000 });
    expect(await chart.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(4);
    const matrix = page.getByTestId('skill-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThan(5);
    await expect(page.getByText(/single point of knowledge/i).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'team-page.png'), fullPage: true });
  });

  it('Job page ranks people with fit and per-requirement status, and shows evidence when a row is expanded', async () => {
    await page.goto(`${server.url}/jobs`);
    const jobLink = page.getByRole('link', { name: /Information Security Analyst/ }).first();
    await jobLink.waitFor();
    await jobLink.click();
    const table = page.getByTestId('matches-table');
    await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    const expand = table.getByRole('button', { expanded: false }).first();
    await expand.click();
    await table.getByText(/VERIFIED|Verified/).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'job-page.png'), fullPage: true });
  });

  it('Person page lists credentials with their verification status', async () => {
    await page.goto(`${server.url}/jobs`);
    await page.getByRole('link', { name: /Information Security Analyst/ }).first().click();
    const table = page.getByTestId('matches-table');
    await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await table.locator('a[href^="/people/"]').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(/Verified/i).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'person-page.png'), fullPage: true });
  });

  it('raised no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
