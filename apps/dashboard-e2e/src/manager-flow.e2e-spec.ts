/**
 * The hiring/team MANAGER's main flow in a real browser (issue 5): sign in with the login form, land on
 * the own team, see only own teams (another team's URL says so), find the single points of knowledge
 * (the same skills the API reports), read the forecast at 90 days in the chart's table view (equal to
 * the API's coverageForecast), edit the target profile by keyboard and see the gap chart change.
 * Screenshots: test-artifacts/manager-*.png. The team's target profile is restored afterwards.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAs, launchChromium, newRoleContext, signInWithForm, utcDayLabel, watchProblems } from './role-browser';
import { ARTIFACTS, startServer } from './support';

interface Gap { skill: { id: string; name: string }; minLevel: number; needed: number; covered: number; gap: number; singlePointOfKnowledge: boolean; uncovered: boolean }
interface Target { skill: { id: string; name: string }; minLevel: number; needed: number }
const TEAM = `query($id: ID!) { team(id: $id) { id name readiness
  targetProfile { skill { id name } minLevel needed }
  skillGaps { skill { id name } minLevel needed covered gap singlePointOfKnowledge uncovered }
  coverageForecast(days: [0, 30, 60, 90]) { days skillId covered needed readiness }
  expiringCredentials(withinDays: 90) { credential { id name } validUntil member { displayName } } } }`;
const SET = `mutation($input: SetTeamTargetProfileInput!) { setTeamTargetProfile(input: $input) { id } }`;
/** The skill added in the editor: found by searching "penetration" (ESCO knowledge "penetration testing tool"). */
const ADDED = { search: 'penetration', name: 'penetration testing tool' };

describe('manager flow in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let teamId: string;
  let teamName: string;
  let original: Target[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newRoleContext(browser);
    page = await context.newPage();
    watchProblems(page, problems);
    const mine = await apiAs<{ teams: { id: string; name: string }[] }>(server.url, 'MANAGER', '{ teams { id name } }');
    expect(mine.teams).toHaveLength(1);
    [{ id: teamId, name: teamName }] = mine.teams;
    original = (await apiAs<{ team: { targetProfile: Target[] } }>(server.url, 'ADMIN', TEAM, { id: teamId })).team.targetProfile;
  });
  afterAll(async () => {
    // Other browser specs read this team: put its profile back as the seed had it.
    if (server && original.length) {
      await apiAs(server.url, 'ADMIN', SET, { input: { teamId, skills: original.map((t) => ({ skillId: t.skill.id, minLevel: t.minLevel, needed: t.needed })) } });
    }
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('signs in with the login form and lands on the own team; sees only own teams', async () => {
    await signInWithForm(page, server.url, 'MANAGER');
    await page.waitForURL(`**/teams/${teamId}`);
    await page.getByRole('heading', { level: 1, name: teamName }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Teams']);

    await nav.getByRole('link', { name: 'Teams' }).click();
    await page.waitForURL('**/teams');
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allInnerTexts()).toEqual([teamName]);

    // Another team's page: a clear "not your team" message, none of its data.
    const all = await apiAs<{ teams: { id: string; name: string }[] }>(server.url, 'ADMIN', '{ teams { id name } }');
    const other = all.teams.find((t) => t.id !== teamId)!;
    await page.goto(`${server.url}/teams/${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'Not your team' }).waitFor();
    await page.getByText('You do not have access to this team.').waitFor();
    expect(await page.getByText(other.name).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'manager-not-your-team.png'), fullPage: true });

    // A page outside the manager's workspace, reached by URL: a plain explanation, no API error.
    await page.goto(`${server.url}/jobs`);
    await page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
    expect(await page.getByText('FORBIDDEN').count()).toBe(0);
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await page.waitForURL(`${server.url}/teams/${teamId}`);
  });

  it('finds the single points of knowledge the API reports', async () => {
    await page.goto(`${server.url}/teams/${teamId}`);
    await page.getByTestId('coverage-chart').locator('svg .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    const api = (await apiAs<{ team: { skillGaps: Gap[] } }>(server.url, 'MANAGER', TEAM, { id: teamId })).team.skillGaps;
    const expected = api.filter((g) => g.singlePointOfKnowledge).map((g) => g.skill.id).sort();
    expect(expected.length).toBeGreaterThan(0); // the demo plants one per team
    const list = page.getByTestId('single-points-of-knowledge');
    await list.waitFor();
    const shown = await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-skill-id') ?? ''));
    expect(shown.sort()).toEqual(expected);
    for (const g of api.filter((x) => x.singlePointOfKnowledge)) await list.getByText(g.skill.name, { exact: true }).waitFor();
    await page.getByRole('heading', { name: /Single points of knowledge \(\d+\)/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'manager-team.png'), fullPage: true });
  });

  it("reads the forecast at 90 days in the chart's table view, equal to the API's coverageForecast", async () => {
    const api = (await apiAs<{ team: { coverageForecast: { days: number; skillId: string; covered: number; readiness: number }[] } }>(server.url, 'MANAGER', TEAM, { id: teamId })).team.coverageForecast;
    const at90 = api.filter((r) => r.days === 90);
    expect(at90.length).toBe(original.length);
    // Keyboard: focus the disclosure and open it with Enter.
    const summary = page.getByTestId('forecast-table-view').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = page.getByTestId('forecast-table');
    await table.waitFor();
    expect(await table.locator('thead th[data-days]').allTextContents()).toEqual(['Today', 'In 30 days', 'In 60 days', 'In 90 days']);
    const cells = await table.locator('tbody tr[data-skill-id]').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-skill-id') ?? '', tr.querySelector('td[data-days="90"]')?.textContent ?? ''] as const));
    expect(cells).toHaveLength(at90.length);
    const shown = new Map(cells.map(([id, text]) => [id, Number.parseInt(text, 10)]));
    for (const r of at90) expect([r.skillId, shown.get(r.skillId)]).toEqual([r.skillId, r.covered]);
    const readiness90 = await table.locator('tbody tr:last-child td[data-days="90"]').innerText();
    expect(readiness90).toBe(`${Math.round(at90[0].readiness * 100)}%`);
    await page.getByRole('list', { name: 'Readiness by horizon' }).getByText(`In 90 days: ${Math.round(at90[0].readiness * 100)}%`).waitFor();
    await table.screenshot({ path: join(ARTIFACTS, 'manager-forecast-table.png') });
  });

  it('shows a midnight-UTC expiry date as that calendar day in Los Angeles', async () => {
    const tz = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(tz).toBe('America/Los_Angeles');
    const expiring = (await apiAs<{ team: { expiringCredentials: { credential: { name: string }; validUntil: string }[] } }>(server.url, 'MANAGER', TEAM, { id: teamId })).team.expiringCredentials;
    const midnight = expiring.find((e) => e.validUntil.endsWith('T00:00:00.000Z'));
    expect(midnight).toBeDefined();
    const day = utcDayLabel(midnight!.validUntil);
    const localDay = await page.evaluate((iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }), midnight!.validUntil);
    expect(localDay).not.toBe(day); // control: in local time it IS the previous day here
    const row = page.getByTestId('expiring-credentials').locator('tr', { hasText: midnight!.credential.name }).first();
    await expect(row.locator('time').first().innerText()).resolves.toBe(day);
    expect(await row.locator('time').first().getAttribute('datetime')).toBe(midnight!.validUntil.slice(0, 10));
  });

  it('edits the target profile by keyboard, and the gap chart changes', async () => {
    const edited = original[original.length - 1];
    const before = (await apiAs<{ team: { skillGaps: Gap[] } }>(server.url, 'MANAGER', TEAM, { id: teamId })).team.skillGaps;
    const chart = page.getByTestId('coverage-chart');
    const ticksBefore = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticksBefore.some((t) => t.includes(ADDED.name))).toBe(false);

    const edit = page.getByRole('button', { name: 'Edit target profile' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit target profile' });
    await form.waitFor();
    const needed = form.getByLabel(`People needed for ${edited.skill.name}`);
    await needed.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(edited.needed + 2));
    // Visible focus: the next control reached by Tab shows the focus ring.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.visible).toBe(true);
    expect(ring.outline).not.toBe('none');
    expect(ring.width).toBeGreaterThan(0);
    // Add a skill found through the search: Enter in the box adds the first match.
    const search = form.getByLabel('Add a skill');
    await search.focus();
    await page.keyboard.type(ADDED.search);
    await form.getByRole('button', { name: `Add ${ADDED.name}` }).waitFor();
    await page.keyboard.press('Enter');
    await form.getByRole('row', { name: new RegExp(ADDED.name) }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'manager-target-profile-editor.png'), fullPage: true });
    await form.getByRole('button', { name: 'Save target profile' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Target profile saved/ }).waitFor({ timeout: 30_000 });

    // The API has the new profile; the chart and its table follow it.
    const after = (await apiAs<{ team: { targetProfile: Target[]; skillGaps: Gap[] } }>(server.url, 'MANAGER', TEAM, { id: teamId })).team;
    expect(after.targetProfile.find((t) => t.skill.id === edited.skill.id)?.needed).toBe(edited.needed + 2);
    const added = after.skillGaps.find((g) => g.skill.name === ADDED.name);
    expect(added).toMatchObject({ needed: 1, minLevel: 3 });
    await chart.locator('.recharts-cartesian-axis-tick-value', { hasText: ADDED.name }).first().waitFor({ timeout: 30_000 });
    expect(await chart.locator('.recharts-cartesian-axis-tick-value').count()).toBe(ticksBefore.length + 1);
    await page.locator('#coverage-heading').locator('xpath=ancestor::section').locator('summary', { hasText: 'Coverage as a table' }).click();
    const editedRow = page.locator('#coverage-heading').locator('xpath=ancestor::section').locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${edited.skill.name}$`) }) });
    const cols = await editedRow.locator('td').allInnerTexts();
    const gapBefore = before.find((g) => g.skill.id === edited.skill.id)!;
    expect(cols.slice(0, 4)).toEqual([String(edited.minLevel), String(edited.needed + 2), String(gapBefore.covered), String(Math.max(0, edited.needed + 2 - gapBefore.covered))]);
    const shortStat = page.locator('.stat', { hasText: 'People short' });
    await shortStat.getByText(String(after.skillGaps.reduce((s, g) => s + g.gap, 0)), { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'manager-team-after-edit.png'), fullPage: true });
  });

  it('raised no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});
