import type { TeamForecastPoint } from '@skillproof/dashboard-data-access';
import { buildForecastSeries, buildForecastTable, CsvDownloadButton, ForecastLineChart, formatReadiness, TableWrap } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';

/**
 * Expiry forecast: coverage at 0/30/60/90 days of the skills whose coverage drops (chart), and every
 * target skill at every horizon (table view), with readiness per horizon and a CSV download.
 */
export function ForecastPanel({ rows, teamName }: { rows: TeamForecastPoint[]; teamName: string }) {
  const series = useMemo(() => buildForecastSeries(rows), [rows]);
  const table = useMemo(() => buildForecastTable(rows), [rows]);
  const csvRows = rows.map((r) => [r.days, r.date, r.skill.name, r.skillId, r.minLevel, r.needed, r.covered, r.gap, r.readiness]);
  return (
    <>
      <ul className="plain-list inline-stats" aria-label="Readiness by horizon">
        {table.horizons.map((d, i) => (
          <li key={d}>
            <strong>{table.labels[i]}</strong>: {formatReadiness(table.readiness[i])}
          </li>
        ))}
      </ul>
      <div data-testid="forecast-chart">
        {series.lines.length === 0 ? (
          <p className="muted">No target skill loses coverage within {series.horizons[series.horizons.length - 1] ?? 90} days.</p>
        ) : null}
        <ForecastLineChart series={series} />
      </div>
      <details className="disclosure" data-testid="forecast-table-view">
        <summary>Forecast as a table</summary>
        <TableWrap label="Expiry forecast">
          <table className="table table--compact" data-testid="forecast-table">
            <caption className="visually-hidden">Members covering each target skill at each horizon (people needed in brackets)</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col" className="num">Min level</th>
                <th scope="col" className="num">Needed</th>
                {table.labels.map((label, i) => (
                  <th key={table.horizons[i]} scope="col" className="num" data-days={table.horizons[i]}>
                    {label}
                  </th>
                ))}
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.skillId} data-skill-id={r.skillId}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{r.minLevel}</td>
                  <td className="num">{r.needed}</td>
                  {r.covered.map((c, i) => (
                    <td key={table.horizons[i]} className="num" data-days={table.horizons[i]}>
                      {c}
                      {r.gap[i] > 0 ? <span className="cell-sub"> (short {r.gap[i]})</span> : null}
                    </td>
                  ))}
                  <td>{r.drops ? <><span aria-hidden="true">↓ </span>coverage drops</> : '—'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Readiness</th>
                <td />
                <td />
                {table.readiness.map((x, i) => (
                  <td key={table.horizons[i]} className="num" data-days={table.horizons[i]}>
                    {formatReadiness(x)}
                  </td>
                ))}
                <td />
              </tr>
            </tbody>
          </table>
        </TableWrap>
        <CsvDownloadButton
          filename={`${slug(teamName)}-expiry-forecast.csv`}
          headers={['days', 'date', 'skill', 'skillId', 'minLevel', 'needed', 'covered', 'gap', 'readiness']}
          rows={csvRows}
        />
      </details>
    </>
  );
}

/** A file-name slug of a team name ("Digital Services" → "digital-services"). */
export const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'team';
