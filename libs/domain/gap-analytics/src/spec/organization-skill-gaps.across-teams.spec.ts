import { organizationSkillGaps } from '../index';

describe('organizationSkillGaps — totals across teams', () => {
  it('sums needed, caps covered per team, lists affected teams, orders by gap', () => {
    const rows = organizationSkillGaps([
      { teamId: 't1', gaps: [{ skillId: 'sql', needed: 2, covered: 5 }, { skillId: 'nursing', needed: 1, covered: 0 }] },
      { teamId: 't2', gaps: [{ skillId: 'sql', needed: 3, covered: 1 }] },
      { teamId: 't3', gaps: [{ skillId: 'python', needed: 0, covered: 0 }] },
    ]);
    expect(rows).toEqual([
      { skillId: 'sql', needed: 5, covered: 3, gap: 2, teamIds: ['t1', 't2'], teamsAffected: ['t2'] },
      { skillId: 'nursing', needed: 1, covered: 0, gap: 1, teamIds: ['t1'], teamsAffected: ['t1'] },
      { skillId: 'python', needed: 0, covered: 0, gap: 0, teamIds: ['t3'], teamsAffected: [] },
    ]);
  });

  it('no teams → no rows', () => {
    expect(organizationSkillGaps([])).toEqual([]);
  });
});
