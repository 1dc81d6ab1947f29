import { useQuery } from '@apollo/client/react';
import { TEAMS_QUERY } from '@skillproof/dashboard-data-access';
import { EmptyState, LoadingState, PageHeader } from '@skillproof/dashboard-ui';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { QueryError } from '../../shared/query-error';
import { AssignmentBoard } from './components/assignment-board';
import { ExpiringSection } from './components/expiring-section';
import { PlanSection } from './components/plan-section';
import { DEMO_ISSUING_QUERY } from './graphql/demo-credential.operations';
import { clampInt } from './utils/clamp-int';
import './learning.css';

/** Default capacity: hours per employee per quarter. */
const DEFAULT_CAPACITY = 40;
const MAX_CAPACITY = 2000;

/**
 * L&D: per team (`?team=<id>`, default the first), the recommended upskilling plan at a configurable
 * capacity (`?capacity=`, hours per person per quarter; accept it in one step), the assignment board, and the credentials expiring within 90 days.
 */
export default function LearningPage() {
  const teams = useQuery(TEAMS_QUERY);
  const demo = useQuery(DEMO_ISSUING_QUERY);
  const [params, setParams] = useSearchParams();
  const requested = params.get('team');
  const list = teams.data?.teams ?? [];
  const selected = list.find((t) => t.id === requested)?.id ?? list[0]?.id ?? null;
  const selectedName = list.find((t) => t.id === selected)?.name ?? '';
  const [capacityText, setCapacityText] = useState(() => String(clampInt(params.get('capacity') ?? '', DEFAULT_CAPACITY, 0, MAX_CAPACITY)));
  const [dueText, setDueText] = useState('90');
  const capacity = useDebouncedInt(capacityText, DEFAULT_CAPACITY, 0, MAX_CAPACITY, 300);
  // Keep the team and capacity in the URL (shareable; kept when coming back from the Import page).
  useEffect(() => {
    if (!selected) return;
    if (params.get('team') === selected && params.get('capacity') === String(capacity)) return;
    setParams({ team: selected, capacity: String(capacity) }, { replace: true });
  }, [selected, capacity, params, setParams]);
  const dueInDays = clampInt(dueText, 90, 1, 730);
  const ids = useId();

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
          <form className="learning-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Plan settings">
            <label htmlFor={`${ids}-team`}>
              Team
              <select id={`${ids}-team`} value={selected} onChange={(e) => setParams({ team: e.target.value, capacity: String(capacity) }, { replace: true })}>
                {list.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={`${ids}-capacity`}>
              Capacity (hours per person per quarter)
              <input
                id={`${ids}-capacity`}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_CAPACITY}
                step={1}
                value={capacityText}
                aria-describedby={`${ids}-capacity-hint`}
                onChange={(e) => setCapacityText(e.target.value)}
              />
              <span id={`${ids}-capacity-hint`} className="learning-toolbar__hint">
                0–{MAX_CAPACITY}; open assignments' hours count against it
              </span>
            </label>
            <label htmlFor={`${ids}-due`}>
              Due in (days)
              <input id={`${ids}-due`} type="number" inputMode="numeric" min={1} max={730} step={1} value={dueText} onChange={(e) => setDueText(e.target.value)} />
            </label>
            <p className="learning-toolbar__link">
              <Link to={paths.team(selected)}>Open the {selectedName} team page</Link>
            </p>
          </form>
          <PlanSection teamId={selected} capacity={capacity} dueInDays={dueInDays} />
          <AssignmentBoard teamId={selected} demoIssuing={demo.data?.demoIssuing ?? false} capacity={capacity} />
          <ExpiringSection teamId={selected} />
        </>
      )}
    </>
  );
}

/** The integer typed in `text`, clamped, once it has stopped changing for `ms`. */
function useDebouncedInt(text: string, fallback: number, min: number, max: number, ms: number): number {
  const [value, setValue] = useState(() => clampInt(text, fallback, min, max));
  useEffect(() => {
    const t = setTimeout(() => setValue(clampInt(text, fallback, min, max)), ms);
    return () => clearTimeout(t);
  }, [text, fallback, min, max, ms]);
  return value;
}
