import { coverageForecast, skillMatrix, teamReadiness, teamSkillGaps } from '../index';
import { AS_OF, byPerson, credential, members, target, taxonomy } from './fixtures';

describe('empty team and team without target', () => {
  const credentialsByPerson = byPerson(credential('ana', [['sql', 3]]));

  it('empty team: every target skill uncovered, gap = needed, readiness 0', () => {
    const gaps = teamSkillGaps({ members: [], target: [target('sql', 3, 2), target('python', 1, 1)], credentialsByPerson, taxonomy, asOf: AS_OF });
    expect(gaps).toEqual([
      { skillId: 'sql', minLevel: 3, needed: 2, covered: 0, gap: 2, holders: [], singlePointOfKnowledge: false, uncovered: true },
      { skillId: 'python', minLevel: 1, needed: 1, covered: 0, gap: 1, holders: [], singlePointOfKnowledge: false, uncovered: true },
    ]);
    expect(teamReadiness(gaps)).toBe(0);
    expect(skillMatrix({ members: [], skills: ['sql'], credentialsByPerson, taxonomy, asOf: AS_OF }).cells).toEqual([]);
  });

  it('team with no target: no rows, readiness 1, empty matrix columns, forecast points with no skills', () => {
    const input = { members: members('ana'), target: [], credentialsByPerson, taxonomy, asOf: AS_OF };
    expect(teamSkillGaps(input)).toEqual([]);
    expect(teamReadiness(teamSkillGaps(input))).toBe(1);
    const matrix = skillMatrix({ ...input, skills: [] });
    expect(matrix).toMatchObject({ personIds: ['ana'], skillIds: [], cells: [] });
    expect(coverageForecast({ ...input, days: [30] })).toEqual([{ days: 30, date: new Date('2025-07-01T00:00:00Z'), skills: [], readiness: 1 }]);
  });
});
