import { planUpskilling } from '../index';
import { AS_OF, definition, target, taxonomy } from './fixtures';

describe('planUpskilling — an empty team', () => {
  it('plans nothing, with readiness 0 before and after', () => {
    const plan = planUpskilling({
      members: [], target: [target('sql', 3, 2)], credentialsByPerson: new Map(),
      definitions: [definition('sql', [['sql', 3]], 5)], taxonomy, asOf: AS_OF,
    });
    expect(plan).toMatchObject({ assignments: [], totalHours: 0, totalCost: 0, readinessBefore: 0, readinessAfter: 0, uncoverable: [], hoursByPerson: [] });
    expect(plan.remainingGaps).toEqual([{ skillId: 'sql', gap: 2 }]);
  });

  it('an empty target: nothing is needed, readiness 1', () => {
    const plan = planUpskilling({ members: [{ personId: 'ann' }], target: [], credentialsByPerson: new Map(), definitions: [definition('sql', [['sql', 3]], 5)], taxonomy, asOf: AS_OF });
    expect(plan).toMatchObject({ assignments: [], readinessBefore: 1, readinessAfter: 1, uncoverable: [], remainingGaps: [] });
  });
});
