import { matchPersonToJob } from '../index';
import { AS_OF, credential, requirement, taxonomy } from './fixtures';

// Case C9: surplus on one skill never hides a missing one; fit never exceeds 100.
describe('matchPersonToJob — C9: surplus does not compensate', () => {
  const candidate = [credential('p1', [['sql', 5]])];

  it.each([
    { mustHave: true, eligible: false },
    { mustHave: false, eligible: true },
  ])('job SQL 3 + Python 3 (equal weight, Python mustHave=$mustHave), candidate SQL 5 → fit 50', ({ mustHave, eligible }) => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3), requirement('python', 3, { mustHave })],
      credentials: candidate,
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(50);
    expect(result.eligible).toBe(eligible);
    expect(result.metCount).toBe(1);
    expect(result.requirements.map((r) => [r.skillId, r.status, r.attainedLevel, r.requiredLevel, r.score])).toEqual([
      ['sql', 'MET', 5, 3, 1],
      ['python', 'MISSING', 0, 3, 0],
    ]);
  });

  it('job SQL 3 only, candidate SQL 5 → fit 100, never 200', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3, { mustHave: true })],
      credentials: candidate,
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(100);
    expect(result.requirements[0]).toMatchObject({ status: 'MET', score: 1, attainedLevel: 5, requiredLevel: 3 });
    expect(result.eligible).toBe(true);
  });

  it('weights apply: SQL weight 3 MET, Python weight 1 MISSING → fit 75', () => {
    const result = matchPersonToJob({
      personId: 'p1',
      requirements: [requirement('sql', 3, { weight: 3 }), requirement('python', 3, { weight: 1 })],
      credentials: candidate,
      taxonomy,
      asOf: AS_OF,
    });
    expect(result.fit).toBe(75);
  });
});
