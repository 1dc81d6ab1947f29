/**
 * CSV shapes of the team charts that had no download yet (pure; the rows feed `CsvDownloadButton`):
 * the needed-vs-covered bars and the skills matrix. One row per bar / per member × skill cell, with
 * ids next to names so a spreadsheet can join them.
 */
import type { CsvValue } from '../export/to-csv';
import type { CoveragePoint } from './build-coverage-series';
import { MATRIX_MARKERS, type HeatmapRow } from './build-heatmap-rows';

export interface CsvTable {
  headers: string[];
  rows: CsvValue[][];
}

/** Needed vs covered per target skill, with the flags. */
export function coverageCsv(series: readonly CoveragePoint[]): CsvTable {
  return {
    headers: ['skill', 'skillId', 'minLevel', 'needed', 'covered', 'gap', 'singlePointOfKnowledge', 'uncovered'],
    rows: series.map((p) => [p.skill, p.skillId, p.minLevel, p.needed, p.covered, p.gap, p.singlePointOfKnowledge, p.uncovered]),
  };
}

/** The skills matrix, long format: member, skill, verified level, claimed level and the markers in words. */
export function matrixCsv(rows: readonly HeatmapRow[]): CsvTable {
  return {
    headers: ['member', 'personId', 'skill', 'skillId', 'verifiedLevel', 'claimedLevel', 'markers'],
    rows: rows.flatMap((r) => r.cells.map((c) => [
      r.displayName, r.personId, c.skillName, c.skillId, c.level, c.claimedLevel,
      c.markers.map((m) => (m === 'claimed' ? 'claimed' : MATRIX_MARKERS[m].label)).join('; '),
    ])),
  };
}
