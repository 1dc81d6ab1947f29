import { useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '@skillproof/dashboard-data-access';
import { CsvDownloadButton, EmptyState, LoadingState, Pager, Section, Stat, StatList, TableWrap, usePagination } from '@skillproof/dashboard-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../shared/query-error';
import { ACCEPT_UPSKILLING_PLAN_MUTATION } from '../graphql/accept-upskilling-plan.mutation';
import { UPSKILLING_PLAN_QUERY } from '../graphql/upskilling-plan.query';
import { dueDateInDays } from '../utils/board-columns';
import { money, percent, planCsv } from '../utils/plan-format';

/** Planned assignments per page. */
const PLAN_PAGE_SIZE = 15;

/** A team's recommended upskilling plan at a capacity, accepted as assignments in one step. */
export function PlanSection({ teamId, capacity, dueInDays }: { teamId: string; capacity: number; dueInDays: number }) {
  const { data, previousData, loading, error, refetch } = useQuery(UPSKILLING_PLAN_QUERY, { variables: { id: teamId, capacity } });
  const [accept, accepting] = useMutation(ACCEPT_UPSKILLING_PLAN_MUTATION, {
    refetchQueries: ['DashboardUpskillingPlan', 'DashboardLearningAssignments'],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null);
  const shown = data ?? (previousData?.team.id === teamId ? previousData : undefined);
  const plan = shown?.team.upskillingPlan;
  const [page, setPage] = usePagination(plan?.assignments ?? [], PLAN_PAGE_SIZE, `${teamId}:${capacity}`);

  const onAccept = async () => {
    setMessage(null);
    try {
      const r = await accept({ variables: { input: { teamId, capacityHoursPerPerson: capacity, dueDate: dueDateInDays(new Date(), dueInDays) } } });
      const n = r.data?.acceptUpskillingPlan.assignments.length ?? 0;
      setMessage({ tone: 'status', text: `Plan accepted: ${n} assignment${n === 1 ? '' : 's'} created, due in ${dueInDays} days. They are on the board below.` });
    } catch (e) {
      setMessage({ tone: 'alert', text: `Could not accept the plan: ${describeError(e).message}` });
    }
  };

  const csv = plan ? planCsv(plan.assignments) : null;
  return (
    <Section
      id="plan"
      title="Upskilling plan"
      description="Closes the most gap per hour (greedy weighted cover) within each person's capacity; people already at the level are skipped, open assignments count as on their way."
      actions={
        <button type="button" className="button" disabled={!plan || plan.assignments.length === 0 || accepting.loading || loading} onClick={() => void onAccept()}>
          {accepting.loading ? 'Accepting…' : `Accept plan${plan && plan.assignments.length ? ` (${plan.assignments.length})` : ''}`}
        </button>
      }
    >
      <div aria-live="polite">
        {message ? (
          <p role={message.tone} className={message.tone === 'alert' ? 'form-error' : 'form-ok'}>
            {message.text}
          </p>
        ) : null}
      </div>
      {!shown && loading ? (
        <LoadingState label="plan" />
      ) : error && !shown ? (
        <QueryError error={error} title="Could not compute the plan" onRetry={() => void refetch()} />
      ) : !plan ? null : (
        <div data-testid="upskilling-plan">
          {loading ? <p className="updating" role="status">Updating…</p> : null}
          <StatList>
            <Stat label="Assignments" value={plan.assignments.length} />
            <Stat label="Total hours" value={plan.totalHours.toLocaleString('en-US')} hint={`capacity ${plan.capacityHoursPerPerson} h per person per quarter`} />
            <Stat label="Total cost" value={money(plan.totalCost)} />
            <Stat label="Readiness" value={`${percent(plan.readinessBefore)} → ${percent(plan.readinessAfter)}`} hint="now → once open and planned assignments are completed" />
          </StatList>
          {plan.assignments.length === 0 ? (
            <EmptyState title="Nothing to plan">
              <p>No gap can be closed within this capacity (or every gap is already covered or on its way). Try a higher capacity.</p>
            </EmptyState>
          ) : (
            <>
              <TableWrap label="Planned assignments">
                <table className="table" data-testid="plan-table">
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
                    {page.items.map((a) => (
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
              <Pager page={page} onPage={setPage} label="planned assignments" />
              {csv ? <CsvDownloadButton filename="upskilling-plan.csv" headers={csv.headers} rows={csv.rows} /> : null}
            </>
          )}
          {plan.uncoverable.length > 0 ? (
            <p>
              <strong>No credential in the catalogue proves:</strong> {plan.uncoverable.map((s) => s.name).join(', ')}.
            </p>
          ) : null}
        </div>
      )}
    </Section>
  );
}
