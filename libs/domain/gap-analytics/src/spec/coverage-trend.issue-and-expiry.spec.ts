import { coverageTrend } from '../index';
import { byPerson, credential, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5 trend: coverage per month end, rebuilt from issue and expiry dates.
describe('coverageTrend — a credential issued in March and one expiring in April', () => {
  const asOf = new Date('2025-06-15T12:00:00Z');
  const input = {
    members: members('ana', 'ben'),
    target: [target('sql', 3, 2)],
    credentialsByPerson: byPerson(
      credential('ana', [['postgresql', 3]], { issuedOn: new Date('2025-03-10T00:00:00Z') }), // narrower skill counts
      credential('ben', [['sql', 4]], { issuedOn: new Date('2023-01-01T00:00:00Z'), validUntil: new Date('2025-04-30T00:00:00Z') }),
    ),
    taxonomy,
    asOf,
    months: 6,
  };

  it('one point per month end, oldest first, the current month evaluated at asOf', () => {
    const points = coverageTrend(input);
    expect(points.map((p) => p.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(points[0].date).toEqual(new Date('2025-01-31T23:59:59.999Z'));
    expect(points[1].date).toEqual(new Date('2025-02-28T23:59:59.999Z'));
    expect(points[5].date).toEqual(asOf);
  });

  it('covered and readiness follow issue and expiry dates', () => {
    const points = coverageTrend(input);
    expect(points.map((p) => p.skills[0].covered)).toEqual([1, 1, 2, 1, 1, 1]);
    expect(points.map((p) => p.skills[0].gap)).toEqual([1, 1, 0, 1, 1, 1]);
    expect(points.map((p) => p.readiness)).toEqual([0.5, 0.5, 1, 0.5, 0.5, 0.5]);
  });
});
