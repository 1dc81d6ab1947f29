import { coverageForecast } from '../index';
import { AS_OF, byPerson, credential, inDays, members, target, taxonomy } from './fixtures';

// PRODUCT.md §5: expiry forecast — coverage in 30/60/90 days given credential expiry dates.
describe('coverageForecast — a credential expiring at day 45 drops coverage from day 45 on', () => {
  const credentialsByPerson = byPerson(
    credential('ana', [['nursing', 3]], { validUntil: inDays(45) }),
    credential('ben', [['nursing', 3]]),
    credential('eve', [['sql', 3]], { validFrom: inDays(50) }), // becomes valid on day 50
  );
  const input = {
    members: members('ana', 'ben', 'eve'),
    target: [target('nursing', 3, 2), target('sql', 3, 1)],
    credentialsByPerson,
    taxonomy,
    asOf: AS_OF,
  };

  it('default days 30/60/90', () => {
    const points = coverageForecast(input);
    expect(points.map((p) => p.days)).toEqual([30, 60, 90]);
    expect(points.map((p) => p.skills.map((s) => [s.skillId, s.covered, s.gap]))).toEqual([
      [['nursing', 2, 0], ['sql', 0, 1]],
      [['nursing', 1, 1], ['sql', 1, 0]],
      [['nursing', 1, 1], ['sql', 1, 0]],
    ]);
    expect(points.map((p) => p.readiness)).toEqual([2 / 3, 2 / 3, 2 / 3]);
    expect(points[0].date).toEqual(new Date('2025-07-01T00:00:00Z'));
  });

  it.each([
    [0, 2],
    [44, 2],
    [45, 1], // validUntil is exclusive: at day 45 the licence no longer counts
    [46, 1],
    [-10, 2],
  ])('day %p → nursing covered by %p', (day, covered) => {
    const [point] = coverageForecast({ ...input, days: [day] });
    expect(point.skills[0].covered).toBe(covered);
  });

  it('rejects a non-finite day', () => {
    expect(() => coverageForecast({ ...input, days: [Number.NaN] })).toThrow(expect.objectContaining({ code: 'GAP_INVALID_OPTION' }));
  });
});
