import type { RankedPerson } from '../graphql/job-internal-candidates.query';
import { internalCandidates } from './internal-candidates';

const p = (rank: number, kind: 'CANDIDATE' | 'EMPLOYEE'): RankedPerson => ({
  rank, fit: 100 - rank, eligible: rank < 3, oneCredentialAway: false, person: { id: `p${rank}`, displayName: `P ${rank}`, kind },
});

describe('internalCandidates', () => {
  it('keeps the employees in ranking order with their overall rank, at most `limit`', () => {
    const ranked = [p(1, 'CANDIDATE'), p(2, 'EMPLOYEE'), p(3, 'CANDIDATE'), p(4, 'EMPLOYEE'), p(5, 'EMPLOYEE'), p(6, 'EMPLOYEE')];
    expect(internalCandidates(ranked, 3).map((r) => r.rank)).toEqual([2, 4, 5]);
  });

  it('is empty when nobody is an employee or the limit is not positive', () => {
    expect(internalCandidates([p(1, 'CANDIDATE')], 3)).toEqual([]);
    expect(internalCandidates([p(1, 'EMPLOYEE')], 0)).toEqual([]);
    expect(internalCandidates([p(1, 'EMPLOYEE')], -1)).toEqual([]);
  });
});
