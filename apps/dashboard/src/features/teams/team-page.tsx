import { useQuery } from '@apollo/client/react';
import { TEAM_QUERY } from '@skillproof/dashboard-data-access';
import {
  Badge,
  dateInputToIsoInstant,
  EmptyState,
  formatReadiness,
  humanizeEnum,
  LoadingState,
  PageHeader,
  Section,
  Stat,
  StatList,
} from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { CoveragePanel } from './components/coverage-panel';
import { SkillMatrixPanel } from './components/skill-matrix-panel';

export default function TeamPage() {
  const { id = '' } = useParams();
  const [asOfInput, setAsOfInput] = useState('');
  const asOf = dateInputToIsoInstant(asOfInput);
  const { data, previousData, loading, error, refetch } = useQuery(TEAM_QUERY, { variables: { id, asOf } });
  // Keep showing the last result while a new as-of date loads (same team only).
  const team = data?.team ?? (previousData?.team?.id === id ? previousData.team : undefined);

  if (!team && loading) return <LoadingState label="team" />;
  if (error && !team) {
    return (
      <>
        <title>Team · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.home()}>Teams</Link>} title="Team" />
        <QueryError error={error} title="Could not load this team" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!team) {
    return (
      <>
        <title>Team not found · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.home()}>Teams</Link>} title="Team not found" />
        <EmptyState title="There is no team with this id.">
          <p>
            <Link to={paths.home()}>See all teams</Link>
          </p>
        </EmptyState>
      </>
    );
  }

  const spokCount = team.skillGaps.filter((g) => g.singlePointOfKnowledge).length;
  const totalGap = team.skillGaps.reduce((sum, g) => sum + Math.max(0, g.needed - g.covered), 0);
  const openJobs = team.jobs.filter((j) => j.status === 'OPEN');

  return (
    <>
      <title>{`${team.name} · Teams · SkillProof`}</title>
      <PageHeader
        eyebrow={<Link to={paths.home()}>Teams</Link>}
        title={team.name}
        meta={
          <StatList>
            <Stat label="Readiness" value={formatReadiness(team.readiness)} hint={asOf ? `as of ${asOfInput}` : 'today'} />
            <Stat label="Members" value={team.members.length} />
            <Stat label="Target skills" value={team.skillGaps.length} />
            <Stat label="People short" value={totalGap} />
            <Stat label="Single points of knowledge" value={spokCount} />
            <Stat
              label="Manager"
              value={team.manager ? <Link to={paths.person(team.manager.id)}>{team.manager.displayName}</Link> : '—'}
            />
          </StatList>
        }
        actions={
          <div className="field">
            <label htmlFor="team-as-of">As of date (UTC)</label>
            <input id="team-as-of" type="date" value={asOfInput} onChange={(e) => setAsOfInput(e.target.value)} />
          </div>
        }
      />
      {loading ? <p className="updating" role="status">Updating…</p> : null}
      {error ? <QueryError error={error} title="Could not refresh this team" onRetry={() => void refetch()} /> : null}

      <Section id="coverage" title="Coverage by target skill" description="People needed vs people holding each target skill at its minimum level, from verified credentials.">
        <CoveragePanel skillGaps={team.skillGaps} />
      </Section>

      <Section id="matrix" title="Skills matrix" description="Members × target skills. The number is the proven level; markers show verified, claimed, expiring and expired.">
        <SkillMatrixPanel matrix={team.skillMatrix} />
      </Section>

      <Section id="jobs" title="Open jobs" description="Open requisitions for this team (employees can be included as internal candidates).">
        {openJobs.length === 0 ? (
          <EmptyState title="No open jobs for this team">
            <p>
              <Link to={paths.jobs()}>See all jobs</Link>
            </p>
          </EmptyState>
        ) : (
          <ul className="link-list">
            {openJobs.map((job) => (
              <li key={job.id}>
                <Link to={paths.job(job.id)}>{job.title}</Link> <Badge tone="success">{humanizeEnum(job.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
