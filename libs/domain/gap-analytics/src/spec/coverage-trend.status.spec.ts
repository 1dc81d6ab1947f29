import { coverageTrend } from '../index';
import { byPerson, credential, members, target, taxonomy } from './fixtures';

// Statuses are as known at asOf: claimed and failed (e.g. revoked) credentials never count, in any month.
describe('coverageTrend — claimed and failed credentials never count', () => {
  it('covers nothing from CLAIMED or FAILED evidence', () => {
    const points = coverageTrend({
      members: members('ana', 'ben'),
      target: [target('python', 2, 1)],
      credentialsByPerson: byPerson(
        credential('ana', [['python', 3]], { status: 'CLAIMED' }),
        credential('ben', [['python', 3]], { status: 'FAILED' }),
      ),
      taxonomy,
      asOf: new Date('2025-06-01T00:00:00Z'),
      months: 3,
    });
    expect(points.map((p) => p.skills[0].covered)).toEqual([0, 0, 0]);
    expect(points.map((p) => p.readiness)).toEqual([0, 0, 0]);
  });
});
