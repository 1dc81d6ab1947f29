import type { TeamTrendPoint } from '@skillproof/dashboard-data-access';
import { buildTrendSeries, CsvDownloadButton, TrendLineChart } from '@skillproof/dashboard-ui';
import { useMemo } from 'react';
import { slug } from './forecast-panel';

/** 12-month coverage trend rebuilt from credential issue and expiry dates. */
export function TrendPanel({ points, teamName }: { points: TeamTrendPoint[]; teamName: string }) {
  const series = useMemo(() => buildTrendSeries(points), [points]);
  const csvRows = points.flatMap((p) => p.skills.map((s) => [p.month, p.date, p.readiness, s.skill.name, s.skillId, s.minLevel, s.needed, s.covered, s.gap]));
  return (
    <>
      <div data-testid="trend-chart">
        <TrendLineChart points={series} />
      </div>
      <details className="disclosure">
        <summary>Trend as a table</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Readiness and people held per month end</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">Readiness</th>
                <th scope="col" className="num">People held</th>
                <th scope="col" className="num">People needed</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.label}</th>
                  <td className="num">{p.readinessPct}%</td>
                  <td className="num">{p.held}</td>
                  <td className="num">{p.needed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CsvDownloadButton
          filename={`${slug(teamName)}-coverage-trend.csv`}
          headers={['month', 'date', 'readiness', 'skill', 'skillId', 'minLevel', 'needed', 'covered', 'gap']}
          rows={csvRows}
        />
      </details>
    </>
  );
}
