import { useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '@skillproof/dashboard-data-access';
import { Badge, downloadText, EmptyState, LoadingState, LocalDateTime, Section, UtcDate } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../shared/query-error';
import { savePendingImport } from '../../imports/pending-import';
import { ISSUE_DEMO_CREDENTIAL_MUTATION } from '../graphql/demo-credential.operations';
import { LEARNING_ASSIGNMENTS_QUERY, type AssignmentNode } from '../graphql/learning-assignments.query';
import { UPDATE_ASSIGNMENT_STATUS_MUTATION } from '../graphql/update-assignment-status.mutation';
import { boardColumns, boardSummary } from '../utils/board-columns';

/** Assignments loaded per page of the board. */
const BOARD_PAGE = 100;

/**
 * The team's assignment board: one column per status (assigned → in progress → completed | cancelled),
 * overdue first then by due date within a column; overdue cards carry a "! Overdue" badge and a
 * thicker border (never colour alone). Open cards can be started or cancelled; in the demo they also
 * offer the matching demo credential (downloaded, and handed to the Import page).
 */
export function AssignmentBoard({ teamId, demoIssuing, capacity }: { teamId: string; demoIssuing: boolean; capacity?: number }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(LEARNING_ASSIGNMENTS_QUERY, { variables: { teamId, first: BOARD_PAGE } });
  const connection = data?.learningAssignments;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const columns = boardColumns(nodes);
  const summary = boardSummary(nodes);
  return (
    <Section
      id="board"
      title="Assignment board"
      description="By status, overdue first then by due date. An assignment completes by itself when a verified credential of its definition is imported for the person."
      actions={
        <button type="button" className="button button--ghost" onClick={() => void refetch()} disabled={loading}>
          {loading ? 'Refreshing…' : 'Refresh board'}
        </button>
      }
    >
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
          <p className="board__summary" data-testid="board-summary">
            {connection.totalCount} assignment{connection.totalCount === 1 ? '' : 's'} · {summary.open} open
            {summary.overdue > 0 ? (
              <>
                {' · '}
                <Badge tone="danger" symbol="!">
                  {summary.overdue} overdue
                </Badge>
              </>
            ) : null}
            {' · '}
            {summary.completed} completed
          </p>
          <div className="board" data-testid="assignment-board">
            {columns.map((c) => (
              <section key={c.status} className="board__column" aria-labelledby={`col-${c.status}`} data-status={c.status}>
                <h3 id={`col-${c.status}`}>
                  {c.label} <span className="muted">({c.items.length})</span>
                </h3>
                {c.items.length === 0 ? (
                  <p className="muted">None</p>
                ) : (
                  <ul className="board__list">
                    {c.items.map((a) => (
                      <AssignmentCard key={a.id} a={a} demoIssuing={demoIssuing} returnTo={paths.learning(teamId, capacity)} />
                    ))}
                  </ul>
                )}
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

function AssignmentCard({ a, demoIssuing, returnTo }: { a: AssignmentNode; demoIssuing: boolean; returnTo: string }) {
  const navigate = useNavigate();
  const [update, updating] = useMutation(UPDATE_ASSIGNMENT_STATUS_MUTATION, { refetchQueries: ['DashboardLearningAssignments', 'DashboardUpskillingPlan'], awaitRefetchQueries: true });
  const [issue, issuing] = useMutation(ISSUE_DEMO_CREDENTIAL_MUTATION);
  const [problem, setProblem] = useState<string | null>(null);
  const open = a.status === 'ASSIGNED' || a.status === 'IN_PROGRESS';
  const headingId = `assignment-${a.id}`;

  const change = async (status: 'IN_PROGRESS' | 'CANCELLED') => {
    setProblem(null);
    if (status === 'CANCELLED' && !window.confirm(`Cancel “${a.definition.name}” for ${a.person.displayName}?`)) return;
    try {
      await update({ variables: { input: { id: a.id, status } } });
    } catch (e) {
      setProblem(describeError(e).message);
    }
  };
  const demo = async () => {
    setProblem(null);
    try {
      const r = await issue({ variables: { input: { personId: a.person.id, definitionId: a.definition.id } } });
      const c = r.data?.issueDemoCredential;
      if (!c) return;
      downloadText(c.filename, `${c.document}\n`);
      savePendingImport({ personId: a.person.id, personName: a.person.displayName, label: `${c.definition.name} (demo credential by ${c.issuer.name})`, document: c.document, returnTo });
      navigate(paths.importPage(a.person.id));
    } catch (e) {
      setProblem(describeError(e).message);
    }
  };

  return (
    <li className={`board__card${a.overdue ? ' board__card--overdue' : ''}`} aria-labelledby={headingId} data-assignment-id={a.id}>
      <strong id={headingId}>{a.definition.name}</strong>
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
          <br />
          <span className="board__done">
            <span aria-hidden="true">✓ </span>Completed <LocalDateTime value={a.completedAt} />
          </span>
        </>
      ) : null}
      {open ? (
        <div className="board__actions">
          {a.status === 'ASSIGNED' ? (
            <button type="button" className="button button--ghost" disabled={updating.loading} onClick={() => void change('IN_PROGRESS')}>
              Start<span className="visually-hidden"> {a.definition.name} for {a.person.displayName}</span>
            </button>
          ) : null}
          <button type="button" className="button button--ghost" disabled={updating.loading} onClick={() => void change('CANCELLED')}>
            Cancel<span className="visually-hidden"> {a.definition.name} for {a.person.displayName}</span>
          </button>
          {demoIssuing ? (
            <button type="button" className="button button--ghost" disabled={issuing.loading} onClick={() => void demo()} title="Demo only: the demo issuer signs this credential for the person; you then import it">
              {issuing.loading ? 'Signing…' : 'Demo: issue credential'}
              <span className="visually-hidden"> {a.definition.name} for {a.person.displayName}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="form-error">
          <span aria-hidden="true">✕ </span>
          {problem}
        </p>
      ) : null}
    </li>
  );
}
