import { useMutation, useQuery } from '@apollo/client/react';
import { describeError, TEAMS_QUERY } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, LoadingState, PageHeader, Section, Stat, StatList, TableWrap, UtcDate } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { ACCEPT_UPSKILLING_PLAN_MUTATION } from './graphql/accept-upskilling-plan.mutation';
import { LEARNING_ASSIGNMENTS_QUERY } from './graphql/learning-assignments.query';
import { UPSKILLING_PLAN_QUERY } from './graphql/upskilling-plan.query';
import { boardColumns, dueDateInDays } from './utils/board-columns';
import './learning.css';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const money = (x: number | null) => (x == null ? '—' : `$${x.toLocaleString('en-US', { maximumFractionDigits: 0 })}`);
const DEFAULT_CAPACITY = 40;

/** L&D: a team's upskilling plan (accept it in one step) and its assignment board. */
export default function LearningPage() {
  const teams = useQuery(TEAMS_QUERY);
  const [teamId, setTeamId] = useState<string | null>(null);
  const selected = teamId ?? teams.data?.teams[0]?.id ?? null;
  const [capacity, setCapacity] = useState(DEFAULT_CAPACITY);
  const [dueInDays, setDueInDays] = useState(90);

  return (
    <>
      <title>Learning · SkillProof</title>
      <PageHeader title="Learning &amp; development" meta={<p>Which credential closes which gap, who should earn it, and how the assignments are going.</p>} />
      {!teams.data && teams.loading ? (
        <LoadingState label="teams" />
      ) : teams.error && !teams.data ? (
        <QueryError error={teams.error} title="Could not load teams" onRetry={() => void teams.refetch()} />
      ) : !selected ? (
        <EmptyState title="No teams yet">
          <p>Plans appear once a team has a target skill profile.</p>
        </EmptyState>
      ) : (
        <>
          <form className="learning-toolbar" onSubmit={(e) => e.preventDefault()}>
            <label>
              Team{' '}
              <select value={selected} onChange={(e) => setTeamId(e.target.value)}>
                {teams.data?.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              Capacity (hours per person per quarter){' '}
              <input type="number" min={0} max={2000} step={1} value={capacity} onChange={(e) => setCapacity(Math.max(0, Math.min(2000, Math.round(Number(e.target.value) || 0))))} />
            </label>{' '}
            <label>
              Due in (days){' '}
              <input type="number" min={1} max={730} step={1} value={dueInDays} onChange={(e) => setDueInDays(Math.max(1, Math.min(730, Math.round(Number(e.target.value) || 1))))} />
            </label>
          </form>
          <PlanSection teamId={selected} capacity={capacity} dueInDays={dueInDays} />
          <BoardSection teamId={selected} />
        </>
      )}
    </>
  );
}

function PlanSection({ teamId, capacity, dueInDays }: { teamId: string; capacity: number; dueInDays: number }) {
  const { data, loading, error, refetch } = useQuery(UPSKILLING_PLAN_QUERY, { variables: { id: teamId, capacity } });
  const [accept, accepting] = useMutation(ACCEPT_UPSKILLING_PLAN_MUTATION, { refetchQueries: ['DashboardUpskillingPlan', 'DashboardLearningAssignments'], awaitRefetchQueries: true });
  const [message, setMessage] = useState<string | null>(null);
  const plan = data?.team.upskillingPlan;

  const onAccept = async () => {
    setMessage(null);
    try {
      const r = await accept({ variables: { input: { teamId, capacityHoursPerPerson: capacity, dueDate: dueDateInDays(new Date(), dueInDays) } } });
      setMessage(`${r.data?.acceptUpskillingPlan.assignments.length ?? 0} assignments created.`);
    } catch (e) {
      setMessage(`Could not accept the plan: ${describeError(e).message}`);
    }
  };

  return (
    <Section
      id="plan"
      title="Upskilling plan"
      description="Closes the most gap per hour within each person's capacity; people already at the level are skipped. Open assignments count as on their way."
      actions={
        <button type="button" className="button" disabled={!plan || plan.assignments.length === 0 || accepting.loading} onClick={() => void onAccept()}>
          {accepting.loading ? 'Accepting…' : 'Accept plan'}
        </button>
      }
    >
      {message ? <p role="status">{message}</p> : null}
      {!data && loading ? (
        <LoadingState label="plan" />
      ) : error && !data ? (
        <QueryError error={error} title="Could not compute the plan" onRetry={() => void refetch()} />
      ) : !plan ? null : (
        <>
          <StatList>
            <Stat label="Assignments" value={plan.assignments.length} />
            <Stat label="Total hours" value={plan.totalHours.toLocaleString('en-US')} />
            <Stat label="Total cost" value={money(plan.totalCost)} />
            <Stat label="Readiness" value={`${percent(plan.readinessBefore)} → ${percent(plan.readinessAfter)}`} hint="now → once open and planned assignments are completed" />
          </StatList>
          {plan.assignments.length === 0 ? (
            <EmptyState title="Nothing to plan">
              <p>No gap can be closed within this capacity (or every gap is already covered or on its way).</p>
            </EmptyState>
          ) : (
            <TableWrap label="Planned assignments">
              <table className="table">
                <caption className="visually-hidden">Planned assignments, most gap closed per hour first</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Credential</th>
                    <th scope="col">Closes</th>
                    <th scope="col" className="num">Hours</th>
                    <th scope="col" className="num">Cost</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.assignments.map((a) => (
                    <tr key={`${a.person.id}:${a.definition.id}`}>
                      <th scope="row">
                        <Link to={paths.person(a.person.id)}>{a.person.displayName}</Link>
                      </th>
                      <td>{a.definition.name}</td>
                      <td>{a.closes.map((s) => s.name).join(', ')}</td>
                      <td className="num">{a.hours}</td>
                      <td className="num">{money(a.cost)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {plan.uncoverable.length > 0 ? (
            <p>
              <strong>No credential in the catalogue proves:</strong> {plan.uncoverable.map((s) => s.name).join(', ')}.
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}

function BoardSection({ teamId }: { teamId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(LEARNING_ASSIGNMENTS_QUERY, { variables: { teamId, first: 100 } });
  const connection = data?.learningAssignments;
  const columns = boardColumns(connection?.edges.map((e) => e.node) ?? []);
  return (
    <Section id="board" title="Assignment board" description="By status and due date; overdue assignments are marked. Completion is automatic when a verified credential of the definition is imported for the person.">
      {!data && loading ? (
        <LoadingState label="assignments" />
      ) : error && !data ? (
        <QueryError error={error} title="Could not load assignments" onRetry={() => void refetch()} />
      ) : !connection || connection.totalCount === 0 ? (
        <EmptyState title="No assignments yet">
          <p>Accept the plan above to create them.</p>
        </EmptyState>
      ) : (
        <>
          <div className="board">
            {columns.map((c) => (
              <section key={c.status} className="board__column" aria-labelledby={`col-${c.status}`}>
                <h3 id={`col-${c.status}`}>
                  {c.label} <span className="muted">({c.items.length})</span>
                </h3>
                <ul className="board__list">
                  {c.items.map((a) => (
                    <li key={a.id} className={`board__card${a.overdue ? ' board__card--overdue' : ''}`}>
                      <strong>{a.definition.name}</strong>
                      <br />
                      <Link to={paths.person(a.person.id)}>{a.person.displayName}</Link>
                      <br />
                      Due <UtcDate value={a.dueDate} />{' '}
                      {a.overdue ? (
                        <Badge tone="danger" symbol="!">
                          Overdue
                        </Badge>
                      ) : null}
                      {a.completedAt ? (
                        <>
                          {' '}
                          · completed <UtcDate value={a.completedAt} />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {connection.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    learningAssignments: { ...fetchMoreResult.learningAssignments, edges: [...prev.learningAssignments.edges, ...fetchMoreResult.learningAssignments.edges] },
                  }),
                })
              }
            >
              Show more ({connection.totalCount - connection.edges.length} left)
            </button>
          ) : null}
        </>
      )}
    </Section>
  );
}
