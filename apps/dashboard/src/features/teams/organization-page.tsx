import { useQuery } from '@apollo/client/react';
import { ORGANIZATION_SKILL_GAPS_QUERY } from '@skillproof/dashboard-data-access';
import {
  buildOrgGapSeries, CsvDownloadButton, EmptyState, formatReadiness, GapBarChart, LoadingState, PageHeader, Pager, Section, Stat, StatList, TableWrap, usePagination,
} from '@skillproof/dashboard-ui';
import { Fragment, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';

/** Organisation-wide skill gaps across every team. */
export default function OrganizationPage() {
  const { data, loading, error, refetch } = useQuery(ORGANIZATION_SKILL_GAPS_QUERY, { variables: {} });
  const rows = data?.organizationSkillGaps;
  const needed = rows?.reduce((s, r) => s + r.needed, 0) ?? 0;
  const covered = rows?.reduce((s, r) => s + r.covered, 0) ?? 0;
  const gap = rows?.reduce((s, r) => s + r.gap, 0) ?? 0;
  const bars = useMemo(() => buildOrgGapSeries(rows ?? []), [rows]);
  const [page, setPage] = usePagination(rows ?? [], 25);
  return (
    <>
      <title>Organisation · SkillProof</title>
      <PageHeader
        title="Organisation"
        meta={
          rows ? (
            <StatList>
              <Stat label="Readiness" value={formatReadiness(needed === 0 ? 1 : covered / needed)} hint="all teams" />
              <Stat label="Target skills" value={rows.length} />
              <Stat label="People short" value={gap} />
            </StatList>
          ) : null
        }
      />
      {loading && !rows ? <LoadingState label="organisation gaps" /> : null}
      {error ? <QueryError error={error} title="Could not load the organisation's gaps" onRetry={() => void refetch()} /> : null}
      {rows ? (
        <Section id="org-gaps" title="Skill gaps across teams" description="Per target skill: people needed and covering it in every team (a team's surplus never fills another team's gap), largest gap first.">
          {rows.length === 0 ? (
            <EmptyState title="No team has a target profile yet" />
          ) : (
            <>
              {bars.length > 0 ? (
                <figure className="chart" data-testid="organization-gap-chart">
                  <GapBarChart points={bars} />
                  <figcaption className="chart__caption">
                    People short per skill, largest gaps first ({bars.length} of {rows.filter((r) => r.gap > 0).length} skills with a gap); every skill is in the table below.
                  </figcaption>
                </figure>
              ) : (
                <p className="muted">No team is short on any target skill.</p>
              )}
              <TableWrap label="Organisation-wide skill gaps" testId="organization-gaps">
                <table className="table table--compact">
                  <caption className="visually-hidden">Organisation-wide skill gaps</caption>
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col" className="num">Needed</th>
                      <th scope="col" className="num">Covered</th>
                      <th scope="col" className="num">Gap</th>
                      <th scope="col">Teams affected</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((r) => (
                      <tr key={r.skill.id}>
                        <th scope="row">{r.skill.name}</th>
                        <td className="num">{r.needed}</td>
                        <td className="num">{r.covered}</td>
                        <td className="num">{r.gap}</td>
                        <td>
                          {r.teamsAffected.length === 0
                            ? '—'
                            : r.teamsAffected.map((t, i) => (
                                <Fragment key={t.id}>
                                  {i > 0 ? ', ' : null}
                                  <Link to={paths.team(t.id)}>{t.name}</Link>
                                </Fragment>
                              ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              <Pager page={page} onPage={setPage} label="skills" />
              <CsvDownloadButton
                filename="organization-skill-gaps.csv"
                headers={['skill', 'skillId', 'needed', 'covered', 'gap', 'teamsAffected', 'teams']}
                rows={rows.map((r) => [r.skill.name, r.skill.id, r.needed, r.covered, r.gap, r.teamsAffected.map((t) => t.name).join('; '), r.teams.map((t) => t.name).join('; ')])}
              />
            </>
          )}
        </Section>
      ) : null}
    </>
  );
}
