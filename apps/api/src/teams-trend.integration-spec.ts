/**
 * Team expiry forecast, 12-month trend, expiring credentials, the organisation-wide view and
 * requirement proposals — the whole API over HTTP against the seeded demo (real PostgreSQL).
 */
import { startTestApp, type TestApp } from '../test/test-app';

interface Gap { skill: { id: string }; needed: number; covered: number; gap: number }
interface TeamView {
  id: string; name: string; readiness: number;
  skillGaps: Gap[];
  coverageForecast: { days: number; skillId: string; covered: number; needed: number; gap: number; readiness: number }[];
  coverageTrend: { month: string; date: string; readiness: number; skills: { skillId: string; covered: number; needed: number }[] }[];
  expiringCredentials: { member: { id: string }; credential: { id: string; validUntil: string; verification: { status: string } }; validUntil: string }[];
}

const TEAM = `query($id: ID!, $asOf: DateTime) { team(id: $id) { id name readiness(asOf: $asOf)
  skillGaps(asOf: $asOf) { skill { id } needed covered gap }
  coverageForecast(days: [0, 30, 60, 90], asOf: $asOf) { days skillId covered needed gap readiness }
  coverageTrend(asOf: $asOf) { month date readiness skills { skillId covered needed } }
  expiringCredentials(withinDays: 90, asOf: $asOf) { member { id } credential { id validUntil verification { status } } validUntil } } }`;

const DAY = 86_400_000;

describe('teams: forecast, trend, expiring credentials, organisation view; requirement proposals', () => {
  let t: TestApp;
  let teams: TeamView[];
  const asOf = new Date(Math.floor(Date.now() / DAY) * DAY).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    const list = await t.gql<{ teams: { id: string }[] }>('{ teams { id } }');
    teams = [];
    for (const { id } of list.data!.teams) {
      const res = await t.gql<{ team: TeamView }>(TEAM, { id, asOf });
      expect(res.errors).toBeUndefined();
      teams.push(res.data!.team);
    }
  });
  afterAll(() => t?.close());

  it('forecast at day 0 equals today\'s gaps; coverage never rises as credentials expire', () => {
    expect(teams.length).toBe(4);
    for (const team of teams) {
      expect(team.coverageForecast).toHaveLength(4 * team.skillGaps.length);
      const at = (d: number) => team.coverageForecast.filter((p) => p.days === d);
      expect(at(0).map((p) => [p.skillId, p.covered, p.needed, p.gap])).toEqual(team.skillGaps.map((g) => [g.skill.id, g.covered, g.needed, g.gap]));
      expect(at(0)[0].readiness).toBeCloseTo(team.readiness, 12);
      for (const [a, b] of [[0, 30], [30, 60], [60, 90]]) {
        at(b).forEach((p, i) => expect(p.covered).toBeLessThanOrEqual(at(a)[i].covered));
      }
    }
  });

  it('a forecast drop is explained by an expiring credential of the team', () => {
    let drops = 0;
    for (const team of teams) {
      const day0 = team.coverageForecast.filter((p) => p.days === 0);
      const day90 = team.coverageForecast.filter((p) => p.days === 90);
      const dropped = day90.filter((p, i) => p.covered < day0[i].covered).length;
      drops += dropped;
      if (dropped > 0) expect(team.expiringCredentials.length).toBeGreaterThan(0);
    }
    expect(drops).toBeGreaterThan(0); // the demo plants credentials expiring within 90 days
  });

  it('expiring credentials are verified, current and end within the window, soonest first', () => {
    const all = teams.flatMap((team) => team.expiringCredentials);
    expect(all.length).toBeGreaterThan(0);
    const t0 = Date.parse(asOf);
    for (const team of teams) {
      const ends = team.expiringCredentials.map((e) => Date.parse(e.validUntil));
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
      for (const e of team.expiringCredentials) {
        expect(e.credential.validUntil).toBe(e.validUntil);
        expect(Date.parse(e.validUntil)).toBeGreaterThan(t0);
        expect(Date.parse(e.validUntil)).toBeLessThanOrEqual(t0 + 90 * DAY);
      }
    }
  });

  it('the 12-month trend ends at asOf with today\'s coverage, one point per month', () => {
    for (const team of teams) {
      expect(team.coverageTrend).toHaveLength(12);
      const last = team.coverageTrend[11];
      expect(last.date).toBe(asOf);
      expect(last.skills.map((s) => s.covered)).toEqual(team.skillGaps.map((g) => g.covered));
      expect(last.readiness).toBeCloseTo(team.readiness, 12);
      const months = team.coverageTrend.map((p) => p.month);
      expect(new Set(months).size).toBe(12);
      for (let i = 0; i < 11; i++) {
        const d = new Date(team.coverageTrend[i].date);
        expect(new Date(d.getTime() + 1).getUTCDate()).toBe(1); // the month's last millisecond
        expect(team.coverageTrend[i].readiness).toBeGreaterThanOrEqual(0);
        expect(team.coverageTrend[i].readiness).toBeLessThanOrEqual(1);
      }
    }
  });

  it('organisationSkillGaps adds up the teams', async () => {
    const res = await t.gql<{ organizationSkillGaps: { skill: { id: string }; needed: number; covered: number; gap: number; teams: { id: string }[]; teamsAffected: { id: string }[] }[] }>(
      `query($asOf: DateTime) { organizationSkillGaps(asOf: $asOf) { skill { id } needed covered gap teams { id } teamsAffected { id } } }`, { asOf });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.organizationSkillGaps;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const teamGaps = teams.flatMap((team) => team.skillGaps.map((g) => ({ team: team.id, ...g })));
    expect(sum(rows.map((r) => r.needed))).toBe(sum(teamGaps.map((g) => g.needed)));
    expect(sum(rows.map((r) => r.gap))).toBe(sum(teamGaps.map((g) => g.gap)));
    for (const r of rows) {
      expect(r.gap).toBe(r.needed - r.covered);
      const affected = teamGaps.filter((g) => g.skill.id === r.skill.id && g.gap > 0).map((g) => g.team);
      expect(r.teamsAffected.map((x) => x.id).sort()).toEqual([...new Set(affected)].sort());
    }
    expect(rows.map((r) => r.gap)).toEqual([...rows.map((r) => r.gap)].sort((a, b) => b - a));
  });

  it('bad options are BAD_USER_INPUT', async () => {
    const id = teams[0].id;
    for (const q of [`{ team(id: "${id}") { coverageTrend(months: 0) { month } } }`, `{ team(id: "${id}") { coverageForecast(days: [-1]) { days } } }`]) {
      const res = await t.gql(q);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  describe('proposeRequirements', () => {
    const PROPOSE = `query($input: ProposeRequirementsInput!) { proposeRequirements(input: $input) {
      skill { id name } matchedText count suggestedLevel mustHave context weight source mentions { text start end } } }`;

    it('finds skills in a pasted description with offsets and must-have cues', async () => {
      const text = 'Web developer.\nRequirements:\n- JavaScript and PostgreSQL are a must.\nNice to have: Python.';
      const res = await t.gql<{ proposeRequirements: { skill: { name: string }; mustHave: boolean; suggestedLevel: number; source: string; mentions: { text: string; start: number; end: number }[] }[] }>(PROPOSE, { input: { text } });
      expect(res.errors).toBeUndefined();
      const byName = new Map(res.data!.proposeRequirements.map((p) => [p.skill.name, p]));
      expect(byName.get('JavaScript')).toMatchObject({ mustHave: true, suggestedLevel: 3, source: 'TEXT' });
      expect(byName.get('Python')).toMatchObject({ mustHave: false });
      for (const p of res.data!.proposeRequirements) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });

    it('proposes a demo occupation\'s profile, NOT_FOUND for others, BAD_USER_INPUT without input', async () => {
      const ok = await t.gql<{ proposeRequirements: { skill: { id: string }; suggestedLevel: number; mustHave: boolean; source: string }[] }>(PROPOSE, { input: { occupationCode: '15-1254.00' } });
      expect(ok.errors).toBeUndefined();
      const jobs = await t.gql<{ jobs: { edges: { node: { occupationCode: string; requirements: { skill: { id: string }; minLevel: number; mustHave: boolean }[] } }[] } }>(
        '{ jobs(first: 100) { edges { node { occupationCode requirements { skill { id } minLevel mustHave } } } } }');
      const job = jobs.data!.jobs.edges.map((e) => e.node).find((j) => j.occupationCode === '15-1254.00')!;
      expect(ok.data!.proposeRequirements.map((p) => [p.skill.id, p.suggestedLevel, p.mustHave])).toEqual(job.requirements.map((r) => [r.skill.id, r.minLevel, r.mustHave]));
      const missing = await t.gql(PROPOSE, { input: { occupationCode: '47-2111.00' } });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const none = await t.gql(PROPOSE, { input: {} });
      expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const malformed = await t.gql(PROPOSE, { input: { occupationCode: 'nurse' } });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
