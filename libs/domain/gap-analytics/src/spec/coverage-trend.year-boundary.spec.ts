import { coverageTrend, DEFAULT_TREND_MONTHS } from '../index';
import { byPerson, credential, members, target, taxonomy } from './fixtures';

describe('coverageTrend — 12 months across a year boundary', () => {
  it('defaults to 12 points and rolls back into the previous year', () => {
    const points = coverageTrend({
      members: members('ana'),
      target: [target('nursing', 3, 1)],
      credentialsByPerson: byPerson(credential('ana', [['nursing', 3]], { issuedOn: new Date('2024-12-31T23:59:59.999Z') })),
      taxonomy,
      asOf: new Date('2025-02-10T00:00:00Z'),
    });
    expect(points).toHaveLength(DEFAULT_TREND_MONTHS);
    expect(points.map((p) => p.month)).toEqual([
      '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02',
    ]);
    // Issued at the very last millisecond of December: covers the December point (start inclusive).
    expect(points.map((p) => p.skills[0].covered)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });
});
