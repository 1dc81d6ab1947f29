import { planUpskilling } from '../index';
import { AS_OF, definition, members, pairs, target, taxonomy } from './fixtures';

describe('planUpskilling — a gap no definition proves is uncoverable', () => {
  it('lists skills no definition proves at the needed level, and plans the rest', () => {
    const plan = planUpskilling({
      members: members('ann', 'bob'),
      target: [target('nursing', 1, 1), target('sql', 4, 1), target('python', 2, 1), target('it', 0, 0)],
      credentialsByPerson: new Map(),
      definitions: [
        definition('sql-3', [['sql', 3]], 10), // too low for sql at 4
        definition('py', [['python', 2]], 10),
        definition('no-hours', [['nursing', 3]], null), // hours unknown: never planned
        definition('data', [['data', 5]], 5), // a broader skill never proves a narrower one
      ],
      taxonomy, asOf: AS_OF,
    });
    expect(pairs(plan)).toEqual(['ann:py']);
    expect(plan.uncoverable).toEqual(['nursing', 'sql']);
    expect(plan.remainingGaps).toEqual([{ skillId: 'nursing', gap: 1 }, { skillId: 'sql', gap: 1 }]);
    expect(plan.readinessAfter).toBeCloseTo(1 / 3, 12);
  });

  it('a gap left only for lack of capacity is not uncoverable', () => {
    const plan = planUpskilling({
      members: members('ann'), target: [target('sql', 3, 1)], credentialsByPerson: new Map(),
      definitions: [definition('sql', [['sql', 3]], 50)], taxonomy, asOf: AS_OF,
    });
    expect(plan.assignments).toEqual([]);
    expect(plan.uncoverable).toEqual([]);
    expect(plan.remainingGaps).toEqual([{ skillId: 'sql', gap: 1 }]);
  });
});
