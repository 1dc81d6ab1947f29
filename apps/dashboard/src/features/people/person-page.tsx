import { useQuery } from '@apollo/client/react';
import { PERSON_QUERY } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, humanizeEnum, LoadingState, PageHeader, Section, Stat, StatList } from '@skillproof/dashboard-ui';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { CredentialsTable } from './components/credentials-table';
import { SkillsTable } from './components/skills-table';

export default function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PERSON_QUERY, { variables: { id } });
  const person = data?.person;

  if (!person && loading) return <LoadingState label="person" />;
  if (error && !person) {
    return (
      <>
        <title>Person · SkillProof</title>
        <PageHeader title="Person" />
        <QueryError error={error} title="Could not load this person" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!person) {
    return (
      <>
        <title>Person not found · SkillProof</title>
        <PageHeader title="Person not found" />
        <EmptyState title="There is no person with this id.">
          <p>
            <Link to={paths.teams()}>Back to teams</Link>
          </p>
        </EmptyState>
      </>
    );
  }

  const verifiedCount = person.credentials.filter((c) => c.verification.status === 'VERIFIED').length;
  const verifiedSkills = person.skills.filter((s) => s.verified);
  // Any unverified entry the API lists under `skills` is shown with the claimed ones, never as proven.
  const claimedById = new Map<string, (typeof person.claimedSkills)[number]>();
  for (const s of [...person.claimedSkills, ...person.skills.filter((x) => !x.verified)]) {
    const seen = claimedById.get(s.skill.id);
    if (!seen || s.level > seen.level) claimedById.set(s.skill.id, s);
  }
  const claimedSkills = [...claimedById.values()];

  return (
    <>
      <title>{`${person.displayName} · SkillProof`}</title>
      <PageHeader
        eyebrow={
          person.team ? (
            <>
              <Link to={paths.teams()}>Teams</Link> / <Link to={paths.team(person.team.id)}>{person.team.name}</Link>
            </>
          ) : (
            humanizeEnum(person.kind)
          )
        }
        title={person.displayName}
        meta={
          <StatList>
            <Stat label="Kind" value={<Badge tone={person.kind === 'EMPLOYEE' ? 'info' : 'neutral'}>{humanizeEnum(person.kind)}</Badge>} />
            <Stat label="Email" value={person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '—'} />
            <Stat label="Team" value={person.team ? <Link to={paths.team(person.team.id)}>{person.team.name}</Link> : '—'} />
            <Stat label="Candidate code" value={<span className="code">{person.code}</span>} />
            <Stat label="Verified credentials" value={`${verifiedCount} of ${person.credentials.length}`} />
          </StatList>
        }
      />

      <Section id="credentials" title="Credentials" description="Each credential with its latest verification report. “Could not check” never counts as verified.">
        <CredentialsTable credentials={person.credentials} />
      </Section>

      <div className="split split--sections">
        <Section id="verified-skills" title="Verified skills" description="Proven by verified, current credentials (including narrower skills).">
          <SkillsTable skills={verifiedSkills} label="Verified skills" emptyTitle="No verified skills yet" />
        </Section>
        <Section id="claimed-skills" title="Claimed skills" description="Self-reported or unverified: shown apart and never scored.">
          <SkillsTable skills={claimedSkills} label="Claimed skills" emptyTitle="No claimed skills" claimed />
        </Section>
      </div>
    </>
  );
}
