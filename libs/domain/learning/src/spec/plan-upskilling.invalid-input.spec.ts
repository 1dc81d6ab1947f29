import { GapAnalyticsError } from '@skillproof/domain-gap-analytics';
import { LearningError, LearningErrorCode, planUpskilling } from '../index';
import { AS_OF, members, target, taxonomy } from './fixtures';

describe('planUpskilling — invalid input gets a typed error', () => {
  const base = { members: members('ann'), target: [target('sql', 3, 1)], credentialsByPerson: new Map(), definitions: [], taxonomy, asOf: AS_OF };

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('capacity %p → LEARNING_INVALID_CAPACITY', (capacityHoursPerPerson) => {
    expect(() => planUpskilling({ ...base, capacityHoursPerPerson })).toThrow(expect.objectContaining({ code: LearningErrorCode.INVALID_CAPACITY }));
  });

  it('an invalid asOf → LEARNING_INVALID_DATE', () => {
    expect(() => planUpskilling({ ...base, asOf: new Date('nope') })).toThrow(LearningError);
  });

  it('an invalid target → GAP_INVALID_TARGET', () => {
    expect(() => planUpskilling({ ...base, target: [target('sql', 3, -1)] })).toThrow(GapAnalyticsError);
  });
});
