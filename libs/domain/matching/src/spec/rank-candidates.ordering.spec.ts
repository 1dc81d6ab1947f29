import { rankCandidates, type RankableMatch } from '../index';

// PRODUCT.md §4.4: eligible first, fit desc, more MET, then a stable id.
describe('rankCandidates — ordering', () => {
  const results: RankableMatch[] = [
    { personId: 'c', eligible: false, fit: 95, metCount: 4 },
    { personId: 'b', eligible: true, fit: 60, metCount: 2 },
    { personId: 'a', eligible: true, fit: 60, metCount: 2 },
    { personId: 'd', eligible: true, fit: 60, metCount: 3 },
    { personId: 'e', eligible: true, fit: 80, metCount: 1 },
    { personId: 'f', eligible: false, fit: 95, metCount: 5 },
    { personId: 'B', eligible: true, fit: 60, metCount: 2 },
  ];

  it('eligible before not eligible, then fit desc, then MET count desc, then personId asc (code units)', () => {
    expect(rankCandidates(results).map((r) => r.personId)).toEqual(['e', 'd', 'B', 'a', 'b', 'f', 'c']);
  });

  it('an eligible candidate with lower fit ranks above a non-eligible one with higher fit', () => {
    const ranked = rankCandidates(results);
    expect(ranked.findIndex((r) => r.personId === 'b')).toBeLessThan(ranked.findIndex((r) => r.personId === 'f'));
  });

  it('does not modify the input and the first page equals the head of the full ranking', () => {
    const before = results.map((r) => r.personId);
    const full = rankCandidates(results);
    expect(results.map((r) => r.personId)).toEqual(before);
    for (const limit of [0, 1, 3, 7, 20]) expect(rankCandidates(results, { limit })).toEqual(full.slice(0, limit));
  });

  it('the bounded first-page path agrees with a full sort on a large list', () => {
    const many: RankableMatch[] = Array.from({ length: 5000 }, (_, i) => ({
      personId: `p${(i * 7919) % 5000}`,
      eligible: i % 3 === 0,
      fit: (i * 37) % 101,
      metCount: i % 4,
    }));
    expect(rankCandidates(many, { limit: 25 })).toEqual(rankCandidates(many).slice(0, 25));
  });
});
