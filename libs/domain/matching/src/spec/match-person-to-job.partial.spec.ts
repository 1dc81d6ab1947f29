import { matchPersonToJob, scoreRequirement } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// PRODUCT.md §4.2: requirement score = attained / minLevel when 0 < attained < minLevel (PARTIAL).
describe('scoreRequirement — MET / PARTIAL / MISSING table', () => {
  it.each([
    // attained, minLevel, status, score
    [5, 3, 'MET', 1],
    [3, 3, 'MET', 1],
    [2, 3, 'PARTIAL', 2 / 3],
    [1, 4, 'PARTIAL', 0.25],
    [0, 3, 'MISSING', 0],
    [null, 3, 'MISSING', 0],
    [undefined, 1, 'MISSING', 0],
    [0, 0, 'MET', 1],
    [4, 0, 'MET', 1],
    [null, 0, 'MISSING', 0],
  ])('attained %p vs minLevel %p → %s (%p)', (attained, minLevel, status, score) => {
    expect(scoreRequirement(attained, { minLevel })).toEqual({ status, score });
  });
});

describe('matchPersonToJob — partial levels', () => {
  it('SQL 2 of 4 and Python 3 of 3 → fit (0.5 + 1) / 2 = 75, not eligible when SQL is a must-have', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 4, { mustHave: true }), requirement('python', 3)],
      credentials: [credential('p1', [['sql', 2], ['python', 3]])],
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(75);
    expect(result.eligible).toBe(false);
    expect(result.mustHaveUnmetCount).toBe(1);
    expect(result.requirements.map((r) => [r.status, r.score])).toEqual([
      ['PARTIAL', 0.5],
      ['MET', 1],
    ]);
  });
});
