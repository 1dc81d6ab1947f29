/**
 * The HR flow in a real browser (issue 5 "Done when", HR part): sign in as HR, open a job, switch on
 * blind mode, compare two candidates (radar + table view), shortlist the top eligible one with a
 * reason and find that decision in the pipeline (who, when, why); create a job from a pasted
 * description and save edited requirements; import the C8 Windows-1252 `;` CSV; axe-core scans of
 * every HR page with 0 serious/critical violations. Screenshots: test-artifacts/hr-*.png.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import iconv from 'iconv-lite';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, DEMO_USERS, launchBrowser, signIn, startServer } from './support';

interface ApiMatch {
  rank: number;
  eligible: boolean;
  person: { id: string; displayName: string };
  requirements: { skill: { name: string }; requiredLevel: number; attainedLevel: number; mustHave: boolean }[];
}

const CODE = /^C-[0-9A-F]{5,8}$/;

describe('HR flow in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserContext;
  let page: Page;
  let token: string;
  const problems: string[] = [];
  const axeFindings: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  /** axe-core (WCAG 2.1 A/AA rules) on the current page; serious and critical violations are collected. */
  const scan = async (name: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(result.passes.length).toBeGreaterThan(10); // the rules really ran on this page
    for (const v of result.violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        axeFindings.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      }
    }
    return result;
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `hr-${name}.png`), fullPage: true });

  beforeAll(async () => {
    server = await startServer();
    token = (await signIn(server.url, 'HR')).accessToken;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in as HR through the sign-in page and lands on the job list', async () => {
    await page.goto(`${server.url}/`);
    // The browser starts signed in as ADMIN (support.ts): sign out, then sign in as HR like a user would.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(DEMO_USERS.HR.email);
    await page.getByLabel('Password').fill(DEMO_USERS.HR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/jobs');
    await page.getByText('Harriet Recruiter').waitFor();
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await shot('job-list');
    await scan('job list');
  });

  it('opens a job, switches on blind mode, compares two candidates and shortlists the top eligible one with a reason', async () => {
    // A demo job whose best-ranked candidate is eligible (so "top eligible" exists among the first two).
    const jobs = await gql<{ jobs: { edges: { node: { id: string; title: string } }[] } }>('{ jobs(status: OPEN, first: 50) { edges { node { id title } } } }');
    let job: { id: string; title: string } | undefined;
    let blindTop: ApiMatch[] = [];
    for (const { node } of jobs.jobs.edges) {
      const r = await gql<{ job: { matches: { edges: { node: ApiMatch }[] } } }>(
        'query($id: ID!) { job(id: $id) { matches(first: 2, blind: true) { edges { node { rank eligible person { id displayName } requirements { skill { name } requiredLevel attainedLevel mustHave } } } } } }',
        { id: node.id });
      const top = r.job.matches.edges.map((e) => e.node);
      if (top.length === 2 && top[0].eligible) {
        job = node;
        blindTop = top;
        break;
      }
    }
    expect(job).toBeDefined();

    await page.goto(`${server.url}/jobs`);
    await page.getByRole('link', { name: job!.title, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: job!.title }).waitFor();
    const table = page.getByTestId('matches-table');
    await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    const namesBefore = (await table.locator('tbody tr:not(.details-row) th[scope=row]').allInnerTexts()).slice(0, 5).map((s) => s.replace(/\s*Employee$/, '').trim());
    expect(namesBefore.some((n) => !CODE.test(n))).toBe(true);
    await scan('job page');

    // Blind mode: names are replaced by candidate codes (and the URL keeps it for the pipeline link).
    await page.getByLabel(/Blind mode/).check();
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="matches-table"] tbody tr:not(.details-row) th[scope=row]'));
      return cells.length > 0 && cells.every((c) => /^C-[0-9A-F]{5,8}$/.test((c.textContent ?? '').trim()));
    }, undefined, { timeout: 20_000 });
    const codes = (await table.locator('tbody tr:not(.details-row) th[scope=row]').allInnerTexts()).map((s) => s.trim());
    expect(codes.slice(0, 2)).toEqual(blindTop.map((m) => m.person.displayName));
    for (const name of namesBefore) await expect(table.getByText(name, { exact: true }).count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('blind')).toBe('1');
    await page.screenshot({ path: join(ARTIFACTS, 'hr-job-blind.png') });

    // Select the first two and compare them.
    for (const m of blindTop) await page.getByRole('checkbox', { name: `Compare ${m.person.displayName}` }).check();
    await page.getByRole('button', { name: 'Compare selected (2)' }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    const chart = page.getByTestId('comparison-chart');
    await chart.locator('svg .recharts-radar').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await chart.locator('svg').count()).toBeGreaterThan(0);
    expect(await chart.locator('svg .recharts-radar').count()).toBe(3); // required + two candidates
    expect(await chart.locator('svg .recharts-polar-angle-axis-tick').count()).toBe(blindTop[0].requirements.length);

    // The table view holds the same numbers as the API: required level and each attained level.
    const rows = await page.getByTestId('comparison-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual(blindTop[0].requirements.map((r, i) => [
      r.skill.name, r.mustHave ? 'yes' : 'no', String(r.requiredLevel),
      String(r.attainedLevel), String(blindTop[1].requirements[i].attainedLevel),
    ]));
    const headers = await page.getByTestId('comparison-table').locator('thead th').evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()));
    expect(headers.slice(3)).toEqual(blindTop.map((m) => `${m.person.displayName} (attained)`));
    await page.locator('section[aria-labelledby="comparison-heading"]').screenshot({ path: join(ARTIFACTS, 'hr-comparison.png') });
    await scan('comparison');

    // Shortlist the top eligible one: the dialog refuses to save without a reason.
    const top = blindTop[0];
    const card = comparison.locator('li', { has: page.getByText('Top eligible') });
    expect(await card.count()).toBe(1);
    await expect(card.locator('.comparison__name .code').innerText()).resolves.toBe(top.person.displayName);
    const opener = card.getByRole('button', { name: `Shortlist ${top.person.displayName}`, exact: true });
    // Keyboard: Escape closes the dialog and the focus returns to the button that opened it.
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label || document.activeElement?.textContent?.trim() === label, `Shortlist ${top.person.displayName}`);
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Shortlist', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByLabel('Reason (required)').fill('   ');
    expect(await submit.isDisabled()).toBe(true);
    const reason = `Top eligible in blind comparison: every must-have met (e2e ${Date.now()})`;
    await dialog.getByLabel('Reason (required)').fill(reason);
    expect(await submit.isDisabled()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'hr-shortlist-dialog.png') });
    await scan('shortlist dialog');
    const before = Date.now();
    await submit.click();
    await page.getByTestId('decision-notice').getByText(`${top.person.displayName} was moved to Shortlisted.`).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The ranking row now shows the stage.
    await table.locator(`tr[data-person-id="${top.person.id}"] .badge`, { hasText: 'Shortlisted' }).waitFor();

    // The pipeline shows the decision: stage, reason, who (name and e-mail) and when (viewer's time zone).
    await page.getByRole('link', { name: 'Open the pipeline' }).click();
    await page.getByRole('heading', { level: 1, name: `Pipeline: ${job!.title}` }).waitFor();
    expect(await page.getByLabel(/Blind mode/).isChecked()).toBe(true);
    const group = page.getByTestId('stage-SHORTLISTED');
    const row = group.locator(`tr[data-person-id="${top.person.id}"]`);
    await row.waitFor({ timeout: 20_000 });
    await expect(row.locator('th').innerText()).resolves.toBe(top.person.displayName);
    await row.getByText(reason).first().waitFor();
    await row.getByText('Harriet Recruiter (hr@skillproof.example)').first().waitFor();
    const time = row.locator('.decision time');
    const at = Date.parse((await time.getAttribute('datetime')) ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 60_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(await time.innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} P[SD]T$/); // the browser runs in Los Angeles
    await expect(page.getByRole('button', { name: /^Shortlisted/ }).innerText()).resolves.toMatch(/Shortlisted\s+1/);
    await row.getByText('1 decision').click();
    await row.locator('.history__list li').first().getByText('Entered at Shortlisted').waitFor();
    await shot('pipeline');
    await scan('pipeline');
  });

  it('creates a job from a pasted description and saves edited requirements', async () => {
    await page.goto(`${server.url}/jobs`);
    await page.getByRole('link', { name: 'New job' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New job' }).waitFor();
    await page.getByLabel('Title (required)').fill('E2E Data Analyst');
    await page.getByLabel('Status').selectOption('OPEN');
    await page.getByLabel('Job description').fill('Requirements:\n- SQL and JavaScript are a must.\nNice to have: Python.');
    await page.getByRole('button', { name: 'Propose requirements' }).click();
    await page.getByTestId('propose-note').getByText(/^Added \d+ proposed requirements?/).waitFor({ timeout: 20_000 });
    const editor = page.getByTestId('requirements-editor');
    const proposed = (await editor.locator('tbody th[scope=row]').evaluateAll((ths) => ths.map((th) => th.childNodes[0]?.textContent ?? ''))).map((s) => s.trim());
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    const first = proposed[0];

    // Edit: level, weight (an invalid weight is refused before anything is sent), must-have, remove one, add one by alias.
    await page.getByLabel(`Minimum level for ${first}`, { exact: true }).selectOption('4');
    await page.getByLabel(`Weight of ${first}`, { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Save job' }).click();
    await page.getByTestId('save-error').getByText('Fix the marked requirements first.').waitFor();
    await page.getByLabel(`Weight of ${first}`, { exact: true }).fill('2');
    const mustHave = page.getByRole('checkbox', { name: `Must-have (${first})` });
    if (!(await mustHave.isChecked())) await mustHave.check();
    const removed = proposed[proposed.length - 1];
    await editor.getByRole('button', { name: `Remove ${removed}`, exact: true }).click();
    const search = page.getByRole('combobox', { name: 'Add a skill' });
    // "data analysis" is an alias of ESCO "statistics": the search finds it and says which alias matched.
    await search.fill('Data Analysis');
    const option = page.getByRole('listbox', { name: 'Matching skills' }).getByRole('option').first();
    await option.filter({ hasText: 'alias “data analysis”' }).waitFor({ timeout: 20_000 });
    expect(await option.locator('.skill-search__name').innerText()).toBe('statistics');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await search.press('Enter');
    await editor.locator('tbody th[scope=row]', { hasText: 'statistics' }).waitFor();
    await shot('job-editor');
    await scan('job editor');

    await page.getByRole('button', { name: 'Save job' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2E Data Analyst' }).waitFor({ timeout: 20_000 });
    const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    const saved = await gql<{ job: { status: string; requirements: { skill: { name: string }; minLevel: number; weight: number; mustHave: boolean }[] } }>(
      'query($id: ID!) { job(id: $id) { status requirements { skill { name } minLevel weight mustHave } } }', { id: jobId });
    expect(saved.job.status).toBe('OPEN');
    expect(saved.job.requirements[0]).toEqual({ skill: { name: first }, minLevel: 4, weight: 2, mustHave: true });
    expect(saved.job.requirements.map((r) => r.skill.name)).not.toContain(removed);
    expect(saved.job.requirements[saved.job.requirements.length - 1].skill.name).toBe('statistics');
    expect(saved.job.requirements).toHaveLength(proposed.length);
    const reqTable = page.getByRole('region', { name: 'Requirements table' });
    await reqTable.getByText('4 · Advanced').first().waitFor();
    await reqTable.getByText('statistics').waitFor();
    await shot('job-saved');
  });

  it('a job without requirements says so and links to the editor instead of ranking everyone at 100', async () => {
    const created = await gql<{ createJob: { job: { id: string } } }>(
      'mutation($input: CreateJobInput!) { createJob(input: $input) { job { id } } }', { input: { title: `E2E empty job ${Date.now()}` } });
    await page.goto(`${server.url}/jobs/${created.createJob.job.id}`);
    await page.getByText('No requirements yet', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ranked candidates' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Add requirements' }).click();
    await page.waitForURL(`${server.url}/jobs/${created.createJob.job.id}/edit`);
  });

  it('imports the C8 Windows-1252 ";" file: summary and the row error with its row number, accents intact', async () => {
    await page.goto(`${server.url}/jobs/import-candidates`);
    await page.getByRole('heading', { level: 1, name: 'Import candidates' }).waitFor();
    const c8 = iconv.encode('email;name;skill;level\r\nzoe.muller@example.org;Zoë Müller;Análisis de datos;3\r\n', 'windows-1252');
    await page.getByLabel('Candidates file (CSV)').setInputFiles({ name: 'c8-windows-1252-semicolon.csv', mimeType: 'text/csv', buffer: c8 });
    await page.getByRole('button', { name: 'Import candidates' }).click();
    const summary = page.getByTestId('candidate-import-summary');
    await summary.waitFor({ timeout: 20_000 });
    const stats = await summary.locator('.stat').evaluateAll((els) => els.map((e) => [e.querySelector('dt')?.textContent, e.querySelector('dd')?.textContent]));
    expect(stats.slice(0, 3)).toEqual([['Rows', '1'], ['Imported', '0'], ['Rejected', '1']]);
    await page.getByText(/Read as (windows-1252|ISO-8859-1), separated by “;”/).waitFor();
    const row = page.getByTestId('candidate-import-rows').locator('tbody tr').first();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('2');
    expect(cells.slice(2, 5)).toEqual(['zoe.muller@example.org', 'Zoë Müller', 'Análisis de datos']);
    expect(cells[6]).toBe('Row 2: unknown skill "Análisis de datos" (not a skill name or alias of the taxonomy)');
    await shot('candidate-import');
    await scan('candidate import');
  });

  it('axe-core: 0 serious or critical violations on the HR pages', () => {
    expect(axeFindings).toEqual([]);
  });

  it('raised no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
