import { buildHeatmapRows, describeMatrixCell, type SkillMatrixInput } from './build-heatmap-rows';

const matrix: SkillMatrixInput = {
  members: [
    { id: 'p1', displayName: 'Ada' },
    { id: 'p2', displayName: 'Bo' },
  ],
  skills: [
    { id: 's1', name: 'SQL' },
    { id: 's2', name: 'Kubernetes' },
  ],
  cells: [
    { personId: 'p2', skillId: 's2', level: 2, verified: true, claimedLevel: null, expiresSoon: true, expired: false },
    { personId: 'p1', skillId: 's1', level: 4, verified: true, claimedLevel: null, expiresSoon: false, expired: false },
    { personId: 'p1', skillId: 's2', level: 0, verified: false, claimedLevel: 3, expiresSoon: false, expired: true },
  ],
};

describe('buildHeatmapRows', () => {
  it('returns one row per member with cells in skill order, whatever the cell order', () => {
    const rows = buildHeatmapRows(matrix);
    expect(rows.map((r) => r.displayName)).toEqual(['Ada', 'Bo']);
    expect(rows[0].cells.map((c) => c.skillName)).toEqual(['SQL', 'Kubernetes']);
    expect(rows[0].cells[0]).toMatchObject({ level: 4, shade: 4, markers: ['verified'], description: 'Level 4, verified' });
  });

  it('fills missing cells with level 0 and no markers', () => {
    const [, bo] = buildHeatmapRows(matrix);
    expect(bo.cells[0]).toMatchObject({ skillId: 's1', level: 0, shade: 0, claimedLevel: null, markers: [], description: 'No proven level' });
  });

  it('marks claimed, expired and expiring-soon cells', () => {
    const [ada, bo] = buildHeatmapRows(matrix);
    expect(ada.cells[1]).toMatchObject({ level: 0, claimedLevel: 3, markers: ['claimed', 'expired'] });
    expect(ada.cells[1].description).toBe('No proven level, claimed level 3 (not counted), expired');
    expect(bo.cells[1].markers).toEqual(['verified', 'expiresSoon']);
  });

  it('caps the shade at the top of the scale', () => {
    const rows = buildHeatmapRows(
      { ...matrix, cells: [{ personId: 'p1', skillId: 's1', level: 9, verified: true, expiresSoon: false, expired: false }] },
      5,
    );
    expect(rows[0].cells[0]).toMatchObject({ level: 9, shade: 5 });
  });

  it('handles an empty matrix', () => {
    expect(buildHeatmapRows({ members: [], skills: [], cells: [] })).toEqual([]);
    expect(buildHeatmapRows({ members: [{ id: 'p', displayName: 'P' }], skills: [], cells: [] })).toEqual([
      { personId: 'p', displayName: 'P', cells: [] },
    ]);
  });

  it('describes a cell', () => {
    expect(describeMatrixCell({ level: 3, claimedLevel: null, markers: ['verified', 'expiresSoon'] })).toBe(
      'Level 3, verified, expires soon',
    );
  });
});
