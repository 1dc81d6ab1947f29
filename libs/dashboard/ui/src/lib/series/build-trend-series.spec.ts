import { buildTrendSeries, formatMonth } from './build-trend-series';

describe('buildTrendSeries', () => {
  it('readiness in percent, people held (capped at needed) vs needed, months labelled in UTC', () => {
    const s = buildTrendSeries([
      { month: '2024-12', readiness: 2 / 3, skills: [{ skillId: 'a', skill: { name: 'A' }, needed: 2, covered: 5 }, { skillId: 'b', skill: { name: 'B' }, needed: 1, covered: 0 }] },
      { month: '2025-01', readiness: 1, skills: [] },
    ]);
    expect(s).toEqual([
      { month: '2024-12', label: 'Dec 2024', readinessPct: 66.7, held: 2, needed: 3 },
      { month: '2025-01', label: 'Jan 2025', readinessPct: 100, held: 0, needed: 0 },
    ]);
  });

  it('formatMonth leaves unexpected input as is', () => {
    expect(formatMonth('2025-02')).toBe('Feb 2025');
    expect(formatMonth('soon')).toBe('soon');
  });
});
