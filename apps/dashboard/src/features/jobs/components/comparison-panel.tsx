import type { ApplicationStage, JobMatch } from '@skillproof/dashboard-data-access';
import { Badge, CsvDownloadButton, FitBar, TableWrap } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';
import { buildComparisonSeries, comparisonTable, radarMax, topEligible } from '../utils/comparison';
import { shortlistBlocker } from '../utils/pipeline-stages';
import { ComparisonRadarChart } from './comparison-radar-chart';
import { StageBadge } from './stage-badge';

export interface ComparisonPanelProps {
  matches: JobMatch[];
  blind: boolean;
  /** Highest level of the organisation's scale (radar radius). */
  scaleMax: number;
  /** File name stem for the CSV download. */
  fileStem: string;
  canShortlist: boolean;
  onShortlist: (match: JobMatch) => void;
}

/**
 * Side-by-side comparison of 2–4 ranked candidates: who they are (rank, fit, eligibility, stage), a
 * radar of attained vs required level per requirement, the same numbers as a table with a CSV
 * download, and "Shortlist" per candidate (the best-ranked eligible one is marked).
 */
export function ComparisonPanel({ matches, blind, scaleMax, fileStem, canShortlist, onShortlist }: ComparisonPanelProps) {
  const { points, series } = useMemo(() => buildComparisonSeries(matches), [matches]);
  const table = comparisonTable(points, series);
  const top = topEligible(matches);

  return (
    <div className="comparison" data-testid="comparison">
      <ul className="comparison__people" aria-label="Compared candidates">
        {matches.map((m) => {
          const blocker = shortlistBlocker((m.currentStage ?? null) as ApplicationStage | null);
          return (
            <li key={m.person.id} className="comparison__person">
              <p className="comparison__name">
                {blind ? <span className="code">{m.person.displayName}</span> : <strong>{m.person.displayName}</strong>}
                {top?.person.id === m.person.id ? (
                  <>
                    {' '}
                    <Badge tone="success" symbol="★">Top eligible</Badge>
                  </>
                ) : null}
              </p>
              <p className="muted">Rank {m.rank}</p>
              <FitBar fit={m.fit} />
              <p className="badge-row">
                {m.eligible ? <Badge tone="success" symbol="✓">Eligible</Badge> : <Badge tone="neutral" symbol="✕">Not eligible</Badge>}
                <StageBadge stage={m.currentStage ?? null} />
              </p>
              {canShortlist ? (
                <button
                  type="button"
                  className="button"
                  disabled={blocker !== null}
                  title={blocker ?? undefined}
                  onClick={() => onShortlist(m)}
                  aria-label={`Shortlist ${m.person.displayName}`}
                >
                  Shortlist…
                </button>
              ) : null}
              {canShortlist && blocker ? <p className="field__hint">{blocker}</p> : null}
            </li>
          );
        })}
      </ul>

      <div data-testid="comparison-chart">
        <ComparisonRadarChart points={points} series={series} max={radarMax(points, scaleMax)} />
      </div>

      <details className="disclosure" open>
        <summary>Comparison as a table</summary>
        <TableWrap label="Comparison" testId="comparison-table">
          <table className="table table--compact">
            <caption className="visually-hidden">Required level and each compared candidate’s attained level per requirement</caption>
            <thead>
              <tr>
                {table.headers.map((h, i) => (
                  <th key={i} scope="col" className={i >= 2 ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={i >= 2 ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <CsvDownloadButton filename={`${fileStem}-comparison${blind ? '-blind' : ''}.csv`} headers={table.headers} rows={table.rows} />
      </details>
    </div>
  );
}
