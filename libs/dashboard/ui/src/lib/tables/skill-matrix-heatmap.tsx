import type { ReactNode } from 'react';
import { MATRIX_MARKERS, type HeatmapRow, type MatrixMarker } from '../series/build-heatmap-rows';
import { TableWrap } from './table-wrap';

export interface SkillMatrixHeatmapProps {
  skills: readonly { id: string; name: string }[];
  rows: HeatmapRow[];
  /** Renders the member's row header (e.g. a link to the person page). */
  renderMember?: (row: HeatmapRow) => ReactNode;
  caption?: string;
  maxLevel?: number;
}

const MARKER_ORDER: MatrixMarker[] = ['verified', 'claimed', 'expiresSoon', 'expired'];

/** Members × target skills; the cell shows the level number, shading by level, and text markers. */
export function SkillMatrixHeatmap({ skills, rows, renderMember, caption = 'Skills matrix', maxLevel = 5 }: SkillMatrixHeatmapProps) {
  return (
    <div>
      <TableWrap label={caption} testId="skill-matrix">
        <table className="table heatmap">
          <caption className="visually-hidden">{caption}: members in rows, target skills in columns, cells show the proven level</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {skills.map((s) => (
                <th key={s.id} scope="col" className="heatmap__skill">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.personId}>
                <th scope="row">{renderMember ? renderMember(row) : row.displayName}</th>
                {row.cells.map((cell) => (
                  <td key={cell.skillId} className={`heatmap__cell shade-${cell.shade}`} title={cell.description}>
                    <span aria-hidden="true" className="heatmap__level">
                      {cell.level > 0 ? cell.level : '–'}
                    </span>
                    {cell.markers.length > 0 ? (
                      <span aria-hidden="true" className="heatmap__markers">
                        {cell.markers.map((m) =>
                          m === 'claimed' ? `${MATRIX_MARKERS.claimed.symbol}${cell.claimedLevel ?? ''}` : MATRIX_MARKERS[m].symbol,
                        ).join(' ')}
                      </span>
                    ) : null}
                    <span className="visually-hidden">{cell.description}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <MatrixLegend maxLevel={maxLevel} />
    </div>
  );
}

/** Legend with both the shading scale (numbers) and the marker symbols spelled out. */
export function MatrixLegend({ maxLevel = 5 }: { maxLevel?: number }) {
  const levels = Array.from({ length: maxLevel + 1 }, (_, i) => i);
  return (
    <div className="legend" aria-label="Skills matrix legend" role="group">
      <span className="legend__title">Level:</span>
      <ul className="legend__list">
        {levels.map((l) => (
          <li key={l} className="legend__item">
            <span className={`legend__cell shade-${l}`} aria-hidden="true">
              {l === 0 ? '–' : l}
            </span>
            {l === 0 ? 'none proven' : `level ${l}`}
          </li>
        ))}
      </ul>
      <span className="legend__title">Markers:</span>
      <ul className="legend__list">
        {MARKER_ORDER.map((m) => (
          <li key={m} className="legend__item">
            <span className="legend__symbol" aria-hidden="true">
              {m === 'claimed' ? `${MATRIX_MARKERS[m].symbol}N` : MATRIX_MARKERS[m].symbol}
            </span>
            {m === 'claimed' ? 'claimed level N (self-reported, not counted)' : MATRIX_MARKERS[m].label}
          </li>
        ))}
      </ul>
    </div>
  );
}
