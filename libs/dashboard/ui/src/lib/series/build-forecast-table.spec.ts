import { buildForecastTable } from './build-forecast-table';

const row = (days: number, skillId: string, name: string, needed: number, covered: number, readiness: number) =>
  ({ days, skillId, skill: { name }, minLevel: 3, needed, covered, readiness });

describe('buildForecastTable', () => {
  const rows = [
    row(90, 'a', 'Alpha', 2, 2, 0.5), row(0, 'a', 'Alpha', 2, 2, 0.75), row(30, 'a', 'Alpha', 2, 2, 0.75),
    row(90, 'b', 'Beta', 2, 0, 0.5), row(0, 'b', 'Beta', 2, 1, 0.75), row(30, 'b', 'Beta', 2, 1, 0.75),
    row(0, 'c', 'Gamma', 3, 1, 0.75), row(30, 'c', 'Gamma', 3, 1, 0.75), row(90, 'c', 'Gamma', 3, 1, 0.5),
  ];

  it('lists every skill (not only the dropping ones) with covered and gap per ascending horizon', () => {
    const t = buildForecastTable(rows);
    expect(t.horizons).toEqual([0, 30, 90]);
    expect(t.labels).toEqual(['Today', 'In 30 days', 'In 90 days']);
    expect(t.rows.map((r) => r.skillId)).toEqual(['b', 'c', 'a']); // dropping first, then gap at 90 days
    expect(t.rows[0]).toEqual({ skillId: 'b', name: 'Beta', minLevel: 3, needed: 2, covered: [1, 1, 0], gap: [1, 1, 2], drops: true });
    expect(t.rows[2].drops).toBe(false);
    expect(t.readiness).toEqual([0.75, 0.75, 0.5]);
  });

  it('keeps every input number: covered at a horizon equals the API row', () => {
    const t = buildForecastTable(rows);
    for (const r of rows) {
      const tr = t.rows.find((x) => x.skillId === r.skillId)!;
      expect(tr.covered[t.horizons.indexOf(r.days)]).toBe(r.covered);
    }
  });

  it('an empty forecast is an empty table', () => {
    expect(buildForecastTable([])).toEqual({ horizons: [], labels: [], rows: [], readiness: [] });
  });
});
