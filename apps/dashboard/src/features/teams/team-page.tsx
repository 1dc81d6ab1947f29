import { useQuery } from '@apollo/client/react';
import { describeError, TEAM_INSIGHTS_QUERY, TEAM_QUERY } from '@skillproof/dashboard-data-access';
import {
  dateInputToIsoInstant,
  EmptyState,
  formatReadiness,
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
import { useSession } from '../auth/session';
import { InternalCandidatesPanel } from './components/internal-candidates-panel';
import { TargetProfileEditor } from './components/target-profile-editor';
import { CoveragePanel } from './components/coverage-panel';
import { SkillMatrixPanel } from './components/skill-matrix-panel';
import { ExpiringCredentialsPanel } from './components/expiring-credentials-panel';
import { ForecastPanel } from './components/forecast-panel';
import { TrendPanel } from './components/trend-panel';
import './teams.css';

const FORECAST_DAYS = [0, 30, 60, 90];

export default function TeamPage() {
  const { id = '' } = useParams();
  const [asOfInput, setAsOfInput] = useState('');
  const asOf = dateInputToIsoInstant(asOfInput);
  const { data, previousData, loading, error, refetch } = useQuery(TEAM_QUERY, { variables: { id, asOf } });
  // Keep showing the last result while a new as-of date loads (same team only).
  const team = data?.team ?? (previousData?.team?.id === id ? previousData.team : undefined);
  const insightsQuery = useQuery(TEAM_INSIGHTS_QUERY, { variables: { id, asOf, days: FORECAST_DAYS } });
  const insights = insightsQuery.data?.team ?? (insightsQuery.previousData?.team?.id === id ? insightsQuery.previousData.team : undefined);
  const roles = useSession()?.user.roles ?? [];
  const canEditProfile = roles.includes('ADMIN') || roles.includes('MANAGER');
  const canPlan = roles.includes('ADMIN') || roles.includes('LND');

  if (!team && loading) return <LoadingState label="team" />;
  if (error && !team) {
    const { code } = describeError(error);
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
      return (
        <>
          <title>{code === 'FORBIDDEN' ? 'Not your team' : 'Team not found'} · SkillProof</title>
          <PageHeader eyebrow={<Link to={paths.teams()}>Teams</Link>} title={code === 'FORBIDDEN' ? 'Not your team' : 'Team not found'} />
          <EmptyState title={code === 'FORBIDDEN' ? 'You do not have access to this team.' : 'There is no team with this id.'}>
            <p>
              {code === 'FORBIDDEN' ? 'Managers see only the teams they manage. ' : null}
              <Link to={paths.teams()}>See your teams</Link>
            </p>
          </EmptyState>
        </>
      );
    }
    return (
      <>
        <title>Team · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.teams()}>Teams</Link>} title="Team" />
        <QueryError error={error} title="Could not load this team" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!team) {
    return (
      <>
        <title>Team not found · SkillProof</title>
        <PageHeader eyebrow={<Link to={paths.teams()}>Teams</Link>} title="Team not found" />
        <EmptyState title="There is no team with this id.">
          <p>
            <Link to={paths.teams()}>See all teams</Link>
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
        eyebrow={<Link to={paths.teams()}>Teams</Link>}
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
          <div className="team-actions">
          {canPlan ? (
            <Link className="button button--ghost" to={paths.learning(team.id)}>
              Upskilling plan
            </Link>
          ) : null}
          <div className="field">
            <label htmlFor="team-as-of">As of date (UTC)</label>
            <input id="team-as-of" type="date" value={asOfInput} onChange={(e) => setAsOfInput(e.target.value)} />
          </div>
          </div>
        }
      />
      {loading ? <p className="updating" role="status">Updating…</p> : null}
      {error ? <QueryError error={error} title="Could not refresh this team" onRetry={() => void refetch()} /> : null}

      <Section id="coverage" title="Coverage by target skill" description="People needed vs people holding each target skill at its minimum level, from verified credentials.">
        <CoveragePanel skillGaps={team.skillGaps} teamName={team.name} />
      </Section>

      <Section
        id="target-profile"
        title="Target profile"
        description={canEditProfile ? 'The skills this team needs: minimum level and how many people must hold each. Edit it to plan ahead; the charts follow when you save.' : 'The skills this team needs: minimum level and how many people must hold each.'}
      >
        <TargetProfileEditor teamId={team.id} canEdit={canEditProfile} />
      </Section>

      <Section id="forecast" title="Expiry forecast" description="People still covering each target skill at 0, 30, 60 and 90 days, given credential expiry dates: only the skills whose coverage drops are drawn; the dashed line is readiness.">
        {insights ? (
          <ForecastPanel rows={insights.coverageForecast} teamName={team.name} />
        ) : insightsQuery.error ? (
          <QueryError error={insightsQuery.error} title="Could not load the forecast" onRetry={() => void insightsQuery.refetch()} />
        ) : (
          <LoadingState label="forecast" />
        )}
      </Section>

      <Section id="trend" title="Coverage trend (12 months)" description="Readiness at each month end, rebuilt from credential issue and expiry dates (today's members; verification as known today).">
        {insights ? <TrendPanel points={insights.coverageTrend} teamName={team.name} /> : <LoadingState label="trend" />}
      </Section>

      <Section id="expiring" title="Credentials expiring within 90 days" description="Verified credentials of members that stop counting soon: renew them to keep coverage.">
        {insights ? <ExpiringCredentialsPanel rows={insights.expiringCredentials} teamName={team.name} /> : <LoadingState label="expiring credentials" />}
      </Section>

      <Section id="matrix" title="Skills matrix" description="Members × target skills. The number is the proven level; markers show verified, claimed, expiring and expired.">
        <SkillMatrixPanel matrix={team.skillMatrix} teamName={team.name} />
      </Section>

      <Section id="internal-candidates" title="Internal candidates for open jobs" description="Employees ranked for this team's open jobs on verified skills (internal mobility first): the best three per job, with fit and whether they meet every must-have.">
        <InternalCandidatesPanel jobs={openJobs} memberIds={new Set(team.members.map((m) => m.id))} canOpenAnyPerson={roles.some((r) => r !== 'MANAGER')} />
      </Section>
    </>
  );
}
