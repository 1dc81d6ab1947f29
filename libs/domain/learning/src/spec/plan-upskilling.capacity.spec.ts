import { planUpskilling } from '../index';
import { AS_OF, definition, members, pairs, target, taxonomy } from './fixtures';

describe('planUpskilling — capacity is respected', () => {
  const definitions = [definition('sql-course', [['sql', 3]], 30, 100), definition('python-course', [['python', 3]], 30, 100)];
  const base = { target: [target('sql', 3, 1), target('python', 3, 1)], credentialsByPerson: new Map(), definitions, taxonomy, asOf: AS_OF };

  it.each([
    { capacity: 40, team: ['ann'], expected: ['ann:python-course'], hours: 30 },
    { capacity: 60, team: ['ann'], expected: ['ann:python-course', 'ann:sql-course'], hours: 60 },
    { capacity: 40, team: ['ann', 'bob'], expected: ['ann:python-course', 'bob:sql-course'], hours: 60 },
    { capacity: 29.5, team: ['ann', 'bob'], expected: [], hours: 0 },
  ])('capacity $capacity h for $team → $expected', ({ capacity, team, expected, hours }) => {
    const plan = planUpskilling({ ...base, members: members(...team), capacityHoursPerPerson: capacity });
    expect(pairs(plan)).toEqual(expected);
    expect(plan.totalHours).toBe(hours);
    for (const p of plan.hoursByPerson) expect(p.hours).toBeLessThanOrEqual(capacity);
  });

  it('uses the default of 40 hours per person per quarter', () => {
    const plan = planUpskilling({ ...base, members: members('ann') });
    expect(plan.capacityHoursPerPerson).toBe(40);
    expect(plan.totalHours).toBe(30);
  });

  it('counts the hours of open assignments against the capacity', () => {
    const plan = planUpskilling({
      ...base, members: members('ann'), capacityHoursPerPerson: 60,
      existingAssignments: [{ personId: 'ann', definitionId: 'python-course' }],
    });
    expect(pairs(plan)).toEqual(['ann:sql-course']);
    expect(plan.hoursByPerson).toEqual([{ personId: 'ann', hours: 60 }]);
    const full = planUpskilling({
      ...base, members: members('ann'), capacityHoursPerPerson: 40,
      existingAssignments: [{ personId: 'ann', definitionId: 'python-course' }],
    });
    expect(full.assignments).toEqual([]);
  });
});
