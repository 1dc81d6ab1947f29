import { useQuery } from '@apollo/client/react';
import { TEAMS_QUERY } from '@skillproof/dashboard-data-access';
import { EmptyState, LoadingState, PageHeader, Section, TableWrap } from '@skillproof/dashboard-ui';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { ReadinessMeter } from './components/readiness-meter';

export default function TeamListPage() {
  const { data, loading, error, refetch } = useQuery(TEAMS_QUERY);
  const teams = data?.teams;

  return (
    <>
      <title>Teams · SkillProof</title>
      <PageHeader title="Teams" meta={<p>Readiness: how much of each team's target profile is covered by verified skills.</p>} />
      <Section id="teams" title="All teams">
        {!teams && loading ? (
          <LoadingState label="teams" />
        ) : error && !teams ? (
          <QueryError error={error} title="Could not load teams" onRetry={() => void refetch()} />
        ) : !teams || teams.length === 0 ? (
          <EmptyState title="No teams yet">
            <p>Teams appear here once they are created with a target skill profile.</p>
          </EmptyState>
        ) : (
          <TableWrap label="Teams">
            <table className="table">
              <caption className="visually-hidden">Teams with their manager, size and readiness</caption>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col">Manager</th>
                  <th scope="col" className="num">
                    Members
                  </th>
                  <th scope="col">Readiness</th>
                </tr>
              </thead>
              <tbody>
                {teams.map((team) => (
                  <tr key={team.id}>
                    <th scope="row">
                      <Link to={paths.team(team.id)}>{team.name}</Link>
                    </th>
                    <td>{team.manager ? <Link to={paths.person(team.manager.id)}>{team.manager.displayName}</Link> : <span className="muted">—</span>}</td>
                    <td className="num">{team.members.length}</td>
                    <td>
                      <ReadinessMeter readiness={team.readiness} label={`Readiness of ${team.name}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </>
  );
}
