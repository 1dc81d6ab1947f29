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
    // Expiry forecast (0/30/60/90 days) and the 12-month trend, drawn by Recharts.
    const forecast = page.getByTestId('forecast-chart');
    await forecast.locator('svg path.recharts-line-curve').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await forecast.locator('svg path.recharts-line-curve').count()).toBeGreaterThanOrEqual(1);
    const trend = page.getByTestId('trend-chart');
    await trend.locator('svg path.recharts-line-curve').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await trend.locator('svg .recharts-line-dots circle').count()).toBe(12);
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

  it('Organisation page lists skill gaps across teams (linked in the navigation)', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    const table = page.getByTestId('organization-gaps');
    await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(ARTIFACTS, 'organization-page.png'), fullPage: true });
  });

  it('Jobs page proposes requirements from a pasted description', async () => {
    await page.goto(`${server.url}/jobs`);
    await page.getByLabel('Job description').fill('Requirements:\n- JavaScript and PostgreSQL are a must.\nNice to have: Python.');
    await page.getByRole('button', { name: 'Propose requirements' }).click();
    const table = page.getByTestId('requirement-proposals');
    await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await table.getByText('JavaScript', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'job-list-proposals.png'), fullPage: true });
  });

  it('raised no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
