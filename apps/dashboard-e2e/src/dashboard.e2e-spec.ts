/**
 * The built dashboard in headless Chromium against the built API and a real, seeded PostgreSQL.
 * Screenshots are kept in test-artifacts/ (team-page.png, job-page.png, person-page.png).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, ROOT, signIn, startServer } from './support';

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

  describe('Import page in a real browser (issue 3)', () => {
    const FIXTURES = join(ROOT, 'libs/domain/verification/src/testing/fixtures');
    // Nested in the main block: it reuses its server and browser (support.ts signs in every open browser).
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage();
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    });
    afterAll(async () => {
      await page?.close();
    });

    it('verifies a pasted credential and shows its report', async () => {
      await page.goto(`${server.url}/import`);
      await page.getByRole('heading', { level: 1, name: 'Import credentials' }).waitFor();
      const valid = readFileSync(join(FIXTURES, 'ob3-valid/dcc-verifier-core__v2_v2NoStatus.json'), 'utf8');
      await page.getByLabel('Credential', { exact: true }).fill(valid);
      await page.getByRole('button', { name: 'Import and verify' }).click();
      const result = page.getByTestId('paste-result');
      await result.locator('.badge', { hasText: 'Verified' }).first().waitFor({ timeout: 30_000 });
      expect(await result.getByRole('list', { name: 'Verification checks' }).locator('li').count()).toBeGreaterThan(2);
      await expect(result.getByText(/not revoked/i).count()).resolves.toBe(0);
    });

    it('uploads a file, shows the progress reaching 100% and the per-item outcomes', async () => {
      // A did:key issuer: the key resolves offline, so the tampered proof is a definite FAILED (a key that
      // would need fetching is "could not check" while the server verifies offline).
      const tampered: unknown = JSON.parse(readFileSync(join(FIXTURES, 'ob3-bad-signature/dcc-vctf__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json'), 'utf8'));
      await page.goto(`${server.url}/import`);
      await page.getByLabel('Credentials file').setInputFiles({
        name: 'e2e-import.json',
        mimeType: 'application/json',
        // The junk string is read as a document (stored, FAILED: MALFORMED); an entry that is neither a
        // string nor an object is unreadable (ERROR, nothing stored).
        buffer: Buffer.from(JSON.stringify([tampered, 'e2e junk', 42])),
      });
      await page.getByRole('button', { name: 'Upload and import' }).click();
      const job = page.getByTestId('import-job');
      await job.getByText('3 of 3 processed (100%)').waitFor({ timeout: 60_000 });
      const progress = job.locator('progress');
      expect(await progress.getAttribute('value')).toBe('3');
      expect(await progress.getAttribute('max')).toBe('3');
      await expect(page.getByLabel(/Import of e2e-import\.json/).count()).resolves.toBe(1);
      const table = page.getByTestId('import-items');
      await table.locator('tbody tr').nth(2).waitFor({ timeout: 20_000 });
      // Source, outcome, reasons/error, credential, person (file order).
      const rows = await table.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatch(/^\[0\]\s+\W*Failed\s/);
      expect(rows[1]).toMatch(/^\[1\]\s+\W*Failed\s+MALFORMED/);
      expect(rows[2]).toMatch(/^\[2\]\s+\W*Error\s/);
      await page.screenshot({ path: join(ARTIFACTS, 'import-page.png'), fullPage: true });
    });

    it('Issuer trust list: search, toggle trust; the API refuses unknown issuers and non-admins', async () => {
      await page.goto(`${server.url}/admin/issuers`);
      await page.getByRole('heading', { level: 1, name: 'Issuer trust list' }).waitFor();
      const table = page.getByTestId('issuers-table');
      await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      const first = table.locator('tbody tr').first();
      const name = (await first.locator('th').innerText()).trim();
      await page.getByLabel('Search issuers').fill(name);
      await table.locator('tbody tr th', { hasText: name }).first().waitFor();
      const box = table.getByRole('checkbox', { name: `Trust ${name}` }).first();
      const before = await box.isChecked();
      await box.click();
      await page.waitForFunction(([n, b]) => {
        const el = Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="issuers-table"] input[type=checkbox]'))
          .find((i) => i.closest('label')?.textContent?.includes(`Trust ${n}`));
        return el !== undefined && el.checked !== b && !el.disabled;
      }, [name, before] as const);
      await box.click(); // back to how the seed had it
      await page.waitForFunction(([n, b]) => {
        const el = Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="issuers-table"] input[type=checkbox]'))
          .find((i) => i.closest('label')?.textContent?.includes(`Trust ${n}`));
        return el !== undefined && el.checked === b && !el.disabled;
      }, [name, before] as const);

      const gql = async (token: string, query: string) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query }),
        });
        return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      };
      const admin = await signIn(server.url, 'ADMIN');
      const unknown = await gql(admin.accessToken, 'mutation { setIssuerTrust(input: { issuerId: "00000000-0000-4000-8000-000000000000", trusted: true }) { id } }');
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const hr = await signIn(server.url, 'HR');
      const id = (await gql(admin.accessToken, '{ issuers(first: 1) { edges { node { id } } } }')) as { data: { issuers: { edges: { node: { id: string } }[] } } };
      const denied = await gql(hr.accessToken, `mutation { setIssuerTrust(input: { issuerId: "${id.data.issuers.edges[0].node.id}", trusted: true }) { id } }`);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('raised no console or page errors', () => {
      expect(problems).toEqual([]);
    });
  });
});
