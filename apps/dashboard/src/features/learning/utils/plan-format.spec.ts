import { money, percent, planCsv } from './plan-format';

describe('plan formatting', () => {
  it('percent and money', () => {
    expect(percent(0.914)).toBe('91%');
    expect(percent(1)).toBe('100%');
    expect(money(1250.4)).toBe('$1,250');
    expect(money(null)).toBe('—');
    expect(money(Number.NaN)).toBe('—');
  });

  it('one CSV row per planned assignment', () => {
    const csv = planCsv([{ person: { id: 'p1', displayName: 'Ana' }, definition: { id: 'd1', name: 'Security+' }, closes: [{ id: 's1', name: 'cyber security' }, { id: 's2', name: 'SQL' }], hours: 40, cost: null }]);
    expect(csv.headers).toHaveLength(csv.rows[0].length);
    expect(csv.rows).toEqual([['Ana', 'p1', 'Security+', 'd1', 'cyber security; SQL', 40, null]]);
  });
});
