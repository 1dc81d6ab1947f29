import { buildForecastSeries } from './build-forecast-series';

const row = (days: number, skillId: string, covered: number, readiness: number, needed = 2) => ({ days, skillId, skill: { name: skillId.toUpperCase() }, needed, covered, readiness });

describe('buildForecastSeries', () => {
  it('keeps only skills whose coverage drops, biggest drop first, with readiness per horizon', () => {
    const s = buildForecastSeries([
      row(30, 'sql', 2, 0.5), row(0, 'sql', 2, 0.75), row(60, 'sql', 1, 0.25),
      row(0, 'rn', 3, 0.75, 3), row(30, 'rn', 1, 0.5, 3), row(60, 'rn', 0, 0.25, 3),
      row(0, 'py', 1, 0.75), row(30, 'py', 1, 0.5), row(60, 'py', 1, 0.25),
    ]);
    expect(s.horizons).toEqual([0, 30, 60]);
    expect(s.lines.map((l) => [l.key, l.skillId, l.covered])).toEqual([['s0', 'rn', [3, 1, 0]], ['s1', 'sql', [2, 2, 1]]]);
    expect(s.points).toEqual([
      { days: 0, label: 'Today', readinessPct: 75, s0: 3, s1: 2 },
      { days: 30, label: '30 days', readinessPct: 50, s0: 1, s1: 2 },
      { days: 60, label: '60 days', readinessPct: 25, s0: 0, s1: 1 },
    ]);
  });

  it('no drop → no lines, still one point per horizon', () => {
    const s = buildForecastSeries([row(0, 'py', 1, 1), row(90, 'py', 1, 1)]);
    expect(s.lines).toEqual([]);
    expect(s.points.map((p) => p.label)).toEqual(['Today', '90 days']);
  });

  it('empty input → empty series', () => {
    expect(buildForecastSeries([])).toEqual({ horizons: [], lines: [], points: [] });
  });
});
