import { planUpskilling } from '../index';
import { AS_OF, definition, members, pairs, target, taxonomy } from './fixtures';

describe('planUpskilling — zero capacity', () => {
  it('plans nothing that takes time, keeps the gaps and is not "uncoverable"', () => {
    const plan = planUpskilling({
      members: members('ann', 'bob'), target: [target('sql', 3, 2)], credentialsByPerson: new Map(),
      definitions: [definition('sql', [['sql', 3]], 1)], taxonomy, asOf: AS_OF, capacityHoursPerPerson: 0,
    });
    expect(plan.assignments).toEqual([]);
    expect(plan.readinessAfter).toBe(plan.readinessBefore);
    expect(plan.uncoverable).toEqual([]);
    expect(plan.remainingGaps).toEqual([{ skillId: 'sql', gap: 2 }]);
  });

  it('a definition of 0 hours still fits (0 ≤ 0)', () => {
    const plan = planUpskilling({
      members: members('ann'), target: [target('sql', 3, 1)], credentialsByPerson: new Map(),
      definitions: [definition('quiz', [['sql', 3]], 0)], taxonomy, asOf: AS_OF, capacityHoursPerPerson: 0,
    });
    expect(pairs(plan)).toEqual(['ann:quiz']);
  });
});
