import { buildCoverageSeries } from './build-coverage-series';
import { buildHeatmapRows } from './build-heatmap-rows';
import { coverageCsv, matrixCsv } from './chart-csv';

describe('coverageCsv', () => {
  it('one row per target skill with ids, counts and both flags', () => {
    const series = buildCoverageSeries([
      { skill: { id: 's1', name: 'SQL' }, minLevel: 3, needed: 2, covered: 1, gap: 1, singlePointOfKnowledge: true },
      { skill: { id: 's2', name: 'Go' }, minLevel: 2, needed: 1, covered: 0, gap: 1, singlePointOfKnowledge: false },
    ]);
    const csv = coverageCsv(series);
    expect(csv.headers).toHaveLength(csv.rows[0].length);
    expect(csv.rows).toEqual([
      ['SQL', 's1', 3, 2, 1, 1, true, false],
      ['Go', 's2', 2, 1, 0, 1, false, true],
    ]);
  });
});

describe('matrixCsv', () => {
  it('long format: one row per member × skill, markers spelled out', () => {
    const rows = buildHeatmapRows({
      members: [{ id: 'p1', displayName: 'Ana' }],
      skills: [{ id: 's1', name: 'SQL' }, { id: 's2', name: 'Go' }],
      cells: [
        { personId: 'p1', skillId: 's1', level: 3, verified: true, claimedLevel: null, expiresSoon: true, expired: false },
        { personId: 'p1', skillId: 's2', level: 0, verified: false, claimedLevel: 2, expiresSoon: false, expired: false },
      ],
    });
    const csv = matrixCsv(rows);
    expect(csv.headers).toEqual(['member', 'personId', 'skill', 'skillId', 'verifiedLevel', 'claimedLevel', 'markers']);
    expect(csv.rows).toEqual([
      ['Ana', 'p1', 'SQL', 's1', 3, null, 'verified; expires soon'],
      ['Ana', 'p1', 'Go', 's2', 0, 2, 'claimed'],
    ]);
  });
});
