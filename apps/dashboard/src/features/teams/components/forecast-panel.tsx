import type { TeamForecastPoint } from '@skillproof/dashboard-data-access';
import { buildForecastSeries, CsvDownloadButton, ForecastLineChart, formatReadiness } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';

/** Expiry forecast: coverage at 0/30/60/90 days of the skills whose coverage drops, and readiness per horizon. */
export function ForecastPanel({ rows, teamName }: { rows: TeamForecastPoint[]; teamName: string }) {
  const series = useMemo(() => buildForecastSeries(rows), [rows]);
  const readinessByDays = new Map(rows.map((r) => [r.days, r.readiness]));
  const csvRows = rows.map((r) => [r.days, r.date, r.skill.name, r.skillId, r.minLevel, r.needed, r.covered, r.gap, r.readiness]);
  return (
    <>
      <ul className="plain-list inline-stats" aria-label="Readiness by horizon">
        {series.horizons.map((d) => (
          <li key={d}>
            <strong>{d === 0 ? 'Today' : `In ${d} days`}</strong>: {formatReadiness(readinessByDays.get(d) ?? 0)}
          </li>
        ))}
      </ul>
      <div data-testid="forecast-chart">
        {series.lines.length === 0 ? (
          <p className="muted">No target skill loses coverage within {series.horizons[series.horizons.length - 1] ?? 90} days.</p>
        ) : null}
        <ForecastLineChart series={series} />
      </div>
      <details className="disclosure">
        <summary>Forecast as a table</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Members covering each skill whose coverage drops, by horizon</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col" className="num">Needed</th>
                {series.points.map((p) => (
                  <th key={p.days} scope="col" className="num">{p.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.lines.map((l) => (
                <tr key={l.skillId}>
                  <th scope="row">{l.name}</th>
                  <td className="num">{l.needed}</td>
                  {l.covered.map((c, i) => (
                    <td key={series.horizons[i]} className="num">{c}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">Readiness</th>
                <td />
                {series.points.map((p) => (
                  <td key={p.days} className="num">{p.readinessPct}%</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <CsvDownloadButton
          filename={`${slug(teamName)}-expiry-forecast.csv`}
          headers={['days', 'date', 'skill', 'skillId', 'minLevel', 'needed', 'covered', 'gap', 'readiness']}
          rows={csvRows}
        />
      </details>
    </>
  );
}

export const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'team';
