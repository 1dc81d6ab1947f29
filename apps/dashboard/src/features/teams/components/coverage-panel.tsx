import type { TeamSkillGap } from '@skillproof/dashboard-data-access';
import { buildCoverageSeries, coverageCsv, CoverageBarChart, CsvDownloadButton, EmptyState, SPOK_MARKER, UNCOVERED_MARKER } from '@skillproof/dashboard-ui';
import { Fragment, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { slug } from './forecast-panel';

/** Needed vs covered people per target skill, plus the single points of knowledge and uncovered skills. */
export function CoveragePanel({ skillGaps, teamName }: { skillGaps: TeamSkillGap[]; teamName: string }) {
  const series = useMemo(() => buildCoverageSeries(skillGaps), [skillGaps]);
  const csv = coverageCsv(series);
  const holdersBySkill = useMemo(() => new Map(skillGaps.map((g) => [g.skill.id, g.holders])), [skillGaps]);
  const spoks = series.filter((p) => p.singlePointOfKnowledge);
  const uncovered = series.filter((p) => p.uncovered);

  if (series.length === 0) {
    return (
      <EmptyState title="No target profile">
        <p>This team has no target skills yet, so there is nothing to cover.</p>
      </EmptyState>
    );
  }

  return (
    <>
      <div data-testid="coverage-chart" className="coverage-chart">
        <CoverageBarChart series={series} />
      </div>

      <div className="split">
        <div>
          <h3 className="subheading" id="spok-heading">
            <span aria-hidden="true">{SPOK_MARKER} </span>Single points of knowledge ({spoks.length})
          </h3>
          {spoks.length === 0 ? (
            <p className="muted">No target skill depends on a single member.</p>
          ) : (
            <ul className="plain-list" aria-labelledby="spok-heading" data-testid="single-points-of-knowledge">
              {spoks.map((p) => (
                <li key={p.skillId} className="flag flag--warning" data-skill-id={p.skillId}>
                  <span className="flag__symbol" aria-hidden="true">
                    {SPOK_MARKER}
                  </span>
                  <span>
                    <strong>{p.skill}</strong> (level ≥ {p.minLevel}) — only{' '}
                    {(holdersBySkill.get(p.skillId) ?? []).map((h, i) => (
                      <Fragment key={h.id}>
                        {i > 0 ? ', ' : null}
                        <Link to={paths.person(h.id)}>{h.displayName}</Link>
                      </Fragment>
                    ))}
                    {(holdersBySkill.get(p.skillId) ?? []).length === 0 ? 'one member' : null} holds it; {p.needed} needed
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="subheading">
            <span aria-hidden="true">{UNCOVERED_MARKER} </span>Uncovered skills ({uncovered.length})
          </h3>
          {uncovered.length === 0 ? (
            <p className="muted">Every target skill is held by at least one member.</p>
          ) : (
            <ul className="plain-list">
              {uncovered.map((p) => (
                <li key={p.skillId} className="flag flag--danger">
                  <span className="flag__symbol" aria-hidden="true">
                    {UNCOVERED_MARKER}
                  </span>
                  <span>
                    <strong>{p.skill}</strong> (level ≥ {p.minLevel}) — nobody holds it; {p.needed} needed
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <details className="disclosure">
        <summary>Coverage as a table</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">People needed and covering each target skill</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col" className="num">Min level</th>
                <th scope="col" className="num">Needed</th>
                <th scope="col" className="num">Covered</th>
                <th scope="col" className="num">Gap</th>
                <th scope="col">Flag</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.skillId}>
                  <th scope="row">{p.skill}</th>
                  <td className="num">{p.minLevel}</td>
                  <td className="num">{p.needed}</td>
                  <td className="num">{p.covered}</td>
                  <td className="num">{p.gap}</td>
                  <td>{p.singlePointOfKnowledge ? `${SPOK_MARKER} single point of knowledge` : p.uncovered ? `${UNCOVERED_MARKER} uncovered` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CsvDownloadButton filename={`${slug(teamName)}-coverage.csv`} headers={csv.headers} rows={csv.rows} />
      </details>
    </>
  );
}
