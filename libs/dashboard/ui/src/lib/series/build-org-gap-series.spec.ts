import { buildOrgGapSeries } from './build-org-gap-series';

const row = (id: string, name: string, needed: number, covered: number, gap: number, teams: string[] = []) =>
  ({ skill: { id, name }, needed, covered, gap, teamsAffected: teams.map((t) => ({ id: t, name: t })) });

describe('buildOrgGapSeries', () => {
  it('keeps skills with a gap, largest first, then needed, then name; names the teams', () => {
    const s = buildOrgGapSeries([
      row('a', 'Writing', 3, 0, 3, ['L&D']),
      row('b', 'SQL', 4, 4, 0),
      row('c', 'Go', 2, 1, 1, ['Digital', 'Clinical']),
      row('d', 'Ada', 2, 1, 1, ['Digital']),
      row('e', 'Rust', 5, 4, 1),
    ]);
    expect(s.map((p) => p.skillId)).toEqual(['a', 'e', 'd', 'c']);
    expect(s[3]).toEqual({ skillId: 'c', skill: 'Go', gap: 1, needed: 2, covered: 1, teams: 'Digital, Clinical' });
  });

  it('limits the bars and clamps bad counts', () => {
    const many = Array.from({ length: 20 }, (_, i) => row(`s${i}`, `Skill ${String(i).padStart(2, '0')}`, 2, 0, 2));
    expect(buildOrgGapSeries(many)).toHaveLength(15);
    expect(buildOrgGapSeries(many, 3).map((p) => p.skill)).toEqual(['Skill 00', 'Skill 01', 'Skill 02']);
    expect(buildOrgGapSeries([row('x', 'X', Number.NaN, -1, 2.7)])).toEqual([{ skillId: 'x', skill: 'X', gap: 2, needed: 0, covered: 0, teams: '' }]);
  });
});
