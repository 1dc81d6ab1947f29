import { buildComparisonSeries, comparisonTable, radarMax, topEligible, type ComparableMatch } from './comparison';

const req = (id: string, attained: number, required: number, mustHave = false) => ({
  skill: { id, name: id.toUpperCase() }, attainedLevel: attained, requiredLevel: required, mustHave, status: attained >= required ? 'MET' : attained > 0 ? 'PARTIAL' : 'MISSING',
});
const match = (id: string, rank: number, eligible: boolean, reqs: ComparableMatch['requirements']): ComparableMatch => ({
  person: { id, displayName: `C-${id}` }, rank, fit: 100 - rank, eligible, requirements: reqs,
});

describe('comparison series', () => {
  const a = match('a', 3, true, [req('sql', 5, 3, true), req('python', 0, 3)]);
  const b = match('b', 1, false, [req('sql', 2, 3, true), req('python', 4, 3)]);
  const c = match('c', 2, true, [req('sql', 3, 3, true)]);

  it('one axis per requirement with the required level and each candidate attained level (0 when absent)', () => {
    const { points, series } = buildComparisonSeries([a, b, c]);
    expect(points).toEqual([
      { skillId: 'sql', skill: 'SQL !', mustHave: true, required: 3, c0: 5, c1: 2, c2: 3 },
      { skillId: 'python', skill: 'PYTHON', mustHave: false, required: 3, c0: 0, c1: 4, c2: 0 },
    ]);
    expect(series.map((s) => [s.key, s.label, s.rank])).toEqual([['c0', 'C-a', 3], ['c1', 'C-b', 1], ['c2', 'C-c', 2]]);
  });

  it('picks the best-ranked eligible candidate, not the best-ranked one', () => {
    expect(topEligible([a, b, c])?.person.id).toBe('c');
    expect(topEligible([b])).toBeNull();
  });

  it('sizes the radar to the scale unless a level exceeds it', () => {
    expect(radarMax(buildComparisonSeries([a, b]).points)).toBe(5);
    expect(radarMax(buildComparisonSeries([match('x', 1, true, [req('sql', 7, 3)])]).points)).toBe(7);
    expect(radarMax([], 4)).toBe(4);
  });

  it('gives the same numbers as a table (the chart table view and CSV)', () => {
    const { points, series } = buildComparisonSeries([a, b]);
    expect(comparisonTable(points, series)).toEqual({
      headers: ['Requirement', 'Must-have', 'Required level', 'C-a (attained)', 'C-b (attained)'],
      rows: [['SQL', 'yes', 3, 5, 2], ['PYTHON', 'no', 3, 0, 4]],
    });
  });
});
