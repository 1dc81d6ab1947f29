/**
 * The L&D main flow in a real browser (issue 5): sign in with the login form, open a team's upskilling
 * plan, change the capacity (the plan follows the API), accept the plan, see the assignments on the
 * board (due dates that are midnight UTC read as that calendar day in Los Angeles), produce the matching
 * VERIFIED credential with the demo issuer (the board's demo button, and the documented
 * `npm run demo:issue` CLI), import it on the Import page, and see the assignment COMPLETED.
 * Screenshots: test-artifacts/lnd-*.png.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAs, launchChromium, newRoleContext, signInWithForm, utcDayLabel, watchProblems } from './role-browser';
import { ARTIFACTS, ROOT, startServer } from './support';

interface Plan {
  capacityHoursPerPerson: number; totalHours: number; totalCost: number; readinessBefore: number; readinessAfter: number;
  assignments: { person: { id: string; displayName: string }; definition: { id: string; name: string } }[];
}
interface Assignment { id: string; status: string; dueDate: string; person: { id: string; displayName: string; email: string }; definition: { id: string; name: string } }
const PLAN = `query($id: ID!, $capacity: Int) { team(id: $id) { id name upskillingPlan(capacityHoursPerPerson: $capacity) {
  capacityHoursPerPerson totalHours totalCost readinessBefore readinessAfter assignments { person { id displayName } definition { id name } } } } }`;
const BOARD = `query($teamId: ID) { learningAssignments(teamId: $teamId, first: 500) { totalCount edges { node {
  id status dueDate person { id displayName email } definition { id name } } } } }`;
const LOW = 40;
const HIGH = 160;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const money = (x: number) => `$${x.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

describe('L&D flow in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let team: { id: string; name: string };
  let planLow: Plan;
  let planHigh: Plan;
  let accepted: Assignment[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newRoleContext(browser);
    page = await context.newPage();
    watchProblems(page, problems);
    // A team other than the manager's (the manager flow reads that one) whose plan at HIGH capacity has
    // at least two assignments; prefer one whose plan changes with the capacity.
    const managers = await apiAs<{ teams: { id: string }[] }>(server.url, 'MANAGER', '{ teams { id } }');
    const { teams } = await apiAs<{ teams: { id: string; name: string }[] }>(server.url, 'LND', '{ teams { id name } }');
    const candidates: { team: { id: string; name: string }; low: Plan; high: Plan }[] = [];
    for (const t of teams.filter((x) => !managers.teams.some((m) => m.id === x.id))) {
      const low = (await apiAs<{ team: { upskillingPlan: Plan } }>(server.url, 'LND', PLAN, { id: t.id, capacity: LOW })).team.upskillingPlan;
      const high = (await apiAs<{ team: { upskillingPlan: Plan } }>(server.url, 'LND', PLAN, { id: t.id, capacity: HIGH })).team.upskillingPlan;
      if (high.assignments.length >= 2) candidates.push({ team: t, low, high });
    }
    const chosen = candidates.find((c) => c.low.totalHours !== c.high.totalHours) ?? candidates[0];
    expect(chosen).toBeDefined();
    ({ team, low: planLow, high: planHigh } = chosen);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const stat = (label: string) => page.getByTestId('upskilling-plan').locator('.stat', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`, 'i') }) }).locator('dd').first();

  it("signs in, opens the team's plan and changes the capacity: the plan follows the API", async () => {
    await signInWithForm(page, server.url, 'LND');
    await page.waitForURL('**/learning**');
    await page.getByRole('heading', { level: 1, name: /Learning/ }).waitFor();
    await page.getByLabel('Team').selectOption(team.id);
    await page.waitForURL(`**/learning?team=${team.id}**`);
    await expect(page.getByLabel(/Capacity/).inputValue()).resolves.toBe(String(LOW));
    await stat('Total hours').getByText(planLow.totalHours.toLocaleString('en-US'), { exact: true }).waitFor({ timeout: 30_000 });
    await stat('Assignments').getByText(String(planLow.assignments.length), { exact: true }).waitFor();

    await page.getByLabel(/Capacity/).fill(String(HIGH));
    await page.waitForURL(`**capacity=${HIGH}**`);
    await stat('Total hours').getByText(planHigh.totalHours.toLocaleString('en-US'), { exact: true }).waitFor({ timeout: 30_000 });
    await stat('Assignments').getByText(String(planHigh.assignments.length), { exact: true }).waitFor();
    await stat('Total cost').getByText(money(planHigh.totalCost), { exact: true }).waitFor();
    await stat('Readiness').getByText(`${pct(planHigh.readinessBefore)} → ${pct(planHigh.readinessAfter)}`, { exact: true }).waitFor();
    const rows = page.getByTestId('plan-table').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(15, planHigh.assignments.length));
    await page.screenshot({ path: join(ARTIFACTS, 'lnd-plan.png'), fullPage: true });
  });

  it('accepts the plan and sees the assignments on the board, due dates as their UTC calendar day', async () => {
    await page.getByRole('button', { name: `Accept plan (${planHigh.assignments.length})` }).click();
    await page.getByRole('status').filter({ hasText: `Plan accepted: ${planHigh.assignments.length} assignments created` }).waitFor({ timeout: 30_000 });
    const board = page.getByTestId('assignment-board');
    const assigned = board.locator('[data-status="ASSIGNED"] li');
    await assigned.nth(planHigh.assignments.length - 1).waitFor({ timeout: 30_000 });
    expect(await assigned.count()).toBe(planHigh.assignments.length);

    const api = (await apiAs<{ learningAssignments: { edges: { node: Assignment }[] } }>(server.url, 'LND', BOARD, { teamId: team.id })).learningAssignments.edges.map((e) => e.node);
    accepted = planHigh.assignments.map((p) => api.find((a) => a.person.id === p.person.id && a.definition.id === p.definition.id && a.status === 'ASSIGNED')!);
    expect(accepted.every(Boolean)).toBe(true);
    const tz = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(tz).toBe('America/Los_Angeles');
    for (const a of accepted) {
      expect(a.dueDate).toMatch(/T00:00:00\.000Z$/); // midnight UTC: a calendar date
      const card = board.locator(`li[data-assignment-id="${a.id}"]`);
      await card.getByText(a.definition.name, { exact: true }).waitFor();
      await card.getByText(a.person.displayName, { exact: true }).waitFor();
      expect(await card.locator('time').first().innerText()).toBe(utcDayLabel(a.dueDate));
      const local = await page.evaluate((iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }), a.dueDate);
      expect(local).not.toBe(utcDayLabel(a.dueDate)); // control: local time would show the day before
    }
    await page.screenshot({ path: join(ARTIFACTS, 'lnd-board.png'), fullPage: true });
  });

  it('issues the matching demo credential from the board, imports it, and the assignment completes by itself', async () => {
    const a = accepted[0];
    const card = page.getByTestId('assignment-board').locator(`li[data-assignment-id="${a.id}"]`);
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: `Demo: issue credential ${a.definition.name} for ${a.person.displayName}` }).click();
    const file = await download;
    const saved = join(ARTIFACTS, 'lnd-demo-credential.json');
    await file.saveAs(saved);
    const document = readFileSync(saved, 'utf8');
    const parsed = JSON.parse(document) as { proof: { cryptosuite: string }; credentialSubject: { achievement: { name: string } } };
    expect(parsed.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(parsed.credentialSubject.achievement.name).toBe(a.definition.name);

    await page.getByRole('heading', { level: 1, name: 'Import credentials' }).waitFor();
    await page.getByTestId('import-person').getByText(a.person.displayName, { exact: true }).waitFor();
    expect((await page.getByLabel('Credential', { exact: true }).inputValue()).trim()).toBe(document.trim());
    await page.getByRole('button', { name: 'Import and verify' }).click();
    const result = page.getByTestId('paste-result');
    await result.locator('.badge', { hasText: 'Verified' }).first().waitFor({ timeout: 30_000 });
    await result.getByText(`attached to ${a.person.displayName}`).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'lnd-import.png'), fullPage: true });

    await result.getByRole('link', { name: 'Back to the learning board' }).click();
    await page.waitForURL(`**/learning?team=${team.id}&capacity=${HIGH}`);
    const done = page.getByTestId('assignment-board').locator(`[data-status="COMPLETED"] li[data-assignment-id="${a.id}"]`);
    await done.getByText(/Completed/).waitFor({ timeout: 30_000 });
    const api = (await apiAs<{ learningAssignments: { edges: { node: Assignment }[] } }>(server.url, 'LND', BOARD, { teamId: team.id })).learningAssignments.edges.map((e) => e.node);
    expect(api.find((x) => x.id === a.id)?.status).toBe('COMPLETED');
    await page.screenshot({ path: join(ARTIFACTS, 'lnd-completed.png'), fullPage: true });
  });

  it('the documented CLI (npm run demo:issue) signs a credential that completes another assignment once imported', async () => {
    const a = accepted[1];
    const out = join(ARTIFACTS, 'lnd-cli-credential.json');
    const { stderr } = await promisify(execFile)(process.execPath, [
      join(ROOT, 'dist/apps/api/apps/api/src/cli/demo-issue.js'), '--url', server.url, '--person', a.person.email, '--definition', a.definition.id, '--out', out,
    ], { cwd: ROOT });
    expect(stderr).toContain(`signed "${a.definition.name}" for ${a.person.displayName}`);
    const document = readFileSync(out, 'utf8');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import credentials' }).waitFor();
    await page.getByLabel('Attach to person (optional)').fill(a.person.displayName);
    await page.getByRole('list', { name: `People matching ${a.person.displayName}` }).getByRole('button', { name: a.person.displayName, exact: true }).click();
    await page.getByTestId('import-person').getByText(a.person.displayName, { exact: true }).waitFor();
    await page.getByLabel('Credential', { exact: true }).fill(document);
    await page.getByRole('button', { name: 'Import and verify' }).click();
    await page.getByTestId('paste-result').locator('.badge', { hasText: 'Verified' }).first().waitFor({ timeout: 30_000 });

    await page.goto(`${server.url}/learning?team=${team.id}&capacity=${HIGH}`);
    await page.getByTestId('assignment-board').locator(`[data-status="COMPLETED"] li[data-assignment-id="${a.id}"]`).waitFor({ timeout: 30_000 });
    await page.getByTestId('board-summary').getByText(/(^|\D)2 completed/).waitFor();
  });

  it('raised no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
