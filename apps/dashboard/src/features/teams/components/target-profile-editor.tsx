import { useMutation, useQuery } from '@apollo/client/react';
import { describeError, SKILL_SEARCH_QUERY, type SkillSearchHit as SkillHit } from '@skillproof/dashboard-data-access';
import { EmptyState, formatLevel, LoadingState, TableWrap } from '@skillproof/dashboard-ui';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { QueryError } from '../../../shared/query-error';
import { SET_TEAM_TARGET_PROFILE_MUTATION } from '../graphql/set-team-target-profile.mutation';
import { TEAM_TARGET_PROFILE_QUERY } from '../graphql/team-target-profile.query';
import {
  addSkill, checkDraft, draftFromProfile, isDirty, problemsFromError, removeRow, toInput, updateRow, type DraftProblem, type DraftRow,
} from '../utils/target-profile-draft';

const LEVELS = [0, 1, 2, 3, 4, 5];
/** Queries whose data depends on the target profile (refetched after a save so every chart follows). */
const DEPENDENT_QUERIES = ['DashboardTeam', 'DashboardTeamInsights', 'DashboardTeamTargetProfile', 'DashboardUpskillingPlan'];

/** The GraphQL error's `extensions.details` (structural: Apollo's CombinedGraphQLErrors keeps `errors`). */
function errorDetails(error: unknown): unknown {
  const errors = (error as { errors?: { extensions?: { details?: unknown } }[] } | null)?.errors;
  return Array.isArray(errors) ? errors[0]?.extensions?.details : undefined;
}

/** Waits `ms` after the last change of `value`. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/**
 * The team's target profile (for each needed skill: minimum level and people needed), and for managers
 * of the team and admins an editor: skill search by name or alias, level, needed, remove; saved in one
 * step (all or nothing), after which the coverage, forecast and trend refresh.
 */
export function TargetProfileEditor({ teamId, canEdit }: { teamId: string; canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(TEAM_TARGET_PROFILE_QUERY, { variables: { id: teamId } });
  const saved = useMemo(() => draftFromProfile(data?.team.targetProfile ?? []), [data]);
  const [rows, setRows] = useState<DraftRow[] | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null);
  const [save, saving] = useMutation(SET_TEAM_TARGET_PROFILE_MUTATION, { refetchQueries: DEPENDENT_QUERIES, awaitRefetchQueries: true });
  const editing = rows !== null;

  if (!data && loading) return <LoadingState label="target profile" />;
  if (!data && error) return <QueryError error={error} title="Could not load the target profile" onRetry={() => void refetch()} />;

  const startEditing = () => {
    setRows(saved);
    setProblems([]);
    setMessage(null);
  };
  const cancel = () => {
    setRows(null);
    setProblems([]);
  };
  const onSave = async () => {
    if (!rows) return;
    const found = checkDraft(rows);
    setProblems(found);
    if (found.length) {
      setMessage({ tone: 'alert', text: `Not saved: ${found.length} problem${found.length > 1 ? 's' : ''} to fix (marked below).` });
      return;
    }
    setMessage(null);
    try {
      await save({ variables: { input: { teamId, skills: toInput(rows) } } });
      setRows(null);
      setMessage({ tone: 'status', text: `Target profile saved (${rows.length} skill${rows.length === 1 ? '' : 's'}); the charts show the new coverage.` });
    } catch (e) {
      const fromApi = problemsFromError(errorDetails(e));
      setProblems(fromApi);
      setMessage({ tone: 'alert', text: `Not saved: ${describeError(e).message}` });
    }
  };

  return (
    <div className="target-profile" data-testid="target-profile">
      {message ? (
        <p role={message.tone} className={message.tone === 'alert' ? 'form-error' : 'form-ok'}>
          {message.text}
        </p>
      ) : null}
      {!editing ? (
        <>
          {saved.length === 0 ? (
            <EmptyState title="No target skills yet">
              <p>Add the skills this team needs, with the minimum level and how many people must hold each.</p>
            </EmptyState>
          ) : (
            <TableWrap label="Target profile">
              <table className="table table--compact">
                <caption className="visually-hidden">Target profile: needed skills, minimum level and people needed</caption>
                <thead>
                  <tr>
                    <th scope="col">Skill</th>
                    <th scope="col">Minimum level</th>
                    <th scope="col" className="num">People needed</th>
                  </tr>
                </thead>
                <tbody>
                  {saved.map((r) => (
                    <tr key={r.skillId}>
                      <th scope="row">{r.name}</th>
                      <td>{formatLevel(r.minLevel)}</td>
                      <td className="num">{r.needed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {canEdit ? (
            <p>
              <button type="button" className="button" onClick={startEditing}>
                Edit target profile
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <DraftEditor
          rows={rows}
          saved={saved}
          problems={problems}
          saving={saving.loading}
          onChange={(next) => {
            setRows(next);
            setProblems([]);
          }}
          onSave={() => void onSave()}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

function DraftEditor({ rows, saved, problems, saving, onChange, onSave, onCancel }: {
  rows: DraftRow[]; saved: DraftRow[]; problems: DraftProblem[]; saving: boolean;
  onChange: (rows: DraftRow[]) => void; onSave: () => void; onCancel: () => void;
}) {
  const ids = useId();
  const problemsOf = (index: number) => problems.filter((p) => p.index === index);
  const general = problems.filter((p) => p.index < 0 || p.index >= rows.length);
  return (
    <form
      className="target-profile__form"
      aria-label="Edit target profile"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {general.length ? (
        <ul className="form-error" role="alert">
          {general.map((p) => (
            <li key={`${p.index}-${p.field}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">The profile is empty: saving clears it. Add skills below.</p>
      ) : (
        <TableWrap label="Target profile being edited">
          <table className="table table--compact">
            <caption className="visually-hidden">Target profile being edited</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Minimum level</th>
                <th scope="col">People needed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const rowProblems = problemsOf(i);
                const errorId = `${ids}-row-${i}-error`;
                const described = rowProblems.length ? errorId : undefined;
                return (
                  <tr key={r.skillId} className={rowProblems.length ? 'row--invalid' : undefined}>
                    <th scope="row">
                      {r.name}
                      {rowProblems.length ? (
                        <span id={errorId} className="field-error">
                          <span aria-hidden="true">✕ </span>
                          {rowProblems.map((p) => p.message).join('; ')}
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <select
                        aria-label={`Minimum level for ${r.name}`}
                        aria-invalid={rowProblems.some((p) => p.field === 'minLevel') || undefined}
                        aria-describedby={described}
                        value={r.minLevel}
                        onChange={(e) => onChange(updateRow(rows, i, { minLevel: Number(e.target.value) }))}
                      >
                        {LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {formatLevel(l)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={1000}
                        step={1}
                        className="input--narrow"
                        aria-label={`People needed for ${r.name}`}
                        aria-invalid={rowProblems.some((p) => p.field === 'needed') || undefined}
                        aria-describedby={described}
                        value={r.needed}
                        onChange={(e) => onChange(updateRow(rows, i, { needed: e.target.value }))}
                      />
                    </td>
                    <td>
                      <button type="button" className="button button--ghost" onClick={() => onChange(removeRow(rows, i))}>
                        Remove<span className="visually-hidden"> {r.name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <SkillPicker existing={rows} onPick={(skill) => onChange(addSkill(rows, skill))} />
      <div className="target-profile__actions">
        <button type="submit" className="button" disabled={saving || !isDirty(rows, saved)}>
          {saving ? 'Saving…' : 'Save target profile'}
        </button>{' '}
        <button type="button" className="button button--ghost" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        {!isDirty(rows, saved) ? <span className="muted"> No changes yet.</span> : null}
      </div>
    </form>
  );
}

/** Search box over skill names and aliases; each hit is a button (Enter in the box adds the first). */
function SkillPicker({ existing, onPick }: { existing: DraftRow[]; onPick: (skill: { id: string; name: string }) => void }) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading, error } = useQuery(SKILL_SEARCH_QUERY, { variables: { search, first: 8 }, skip: search.length < 2 });
  const hits = search.length < 2 ? [] : (data?.skills.edges.map((e) => e.node) ?? []);
  const have = new Set(existing.map((r) => r.skillId));
  const pick = (s: SkillHit) => {
    onPick(s);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // Enter here adds a skill, never submits the form
    const first = hits.find((h) => !have.has(h.id));
    if (first && search === text.trim()) pick(first);
  };
  return (
    <div className="skill-picker">
      <label htmlFor={inputId}>Add a skill</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        aria-describedby={hintId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="e.g. cyber security, SQL, patient care"
      />
      <span id={hintId} className="muted">
        Searches skill names and their aliases (ESCO and O*NET); Enter adds the first match.
      </span>
      <div aria-live="polite" className="skill-picker__results">
        {search.length < 2 ? null : loading && !data ? (
          <p className="muted">Searching…</p>
        ) : error ? (
          <p role="alert" className="form-error">Search failed: {describeError(error).message}</p>
        ) : hits.length === 0 ? (
          <p className="muted">No skill matches “{search}”.</p>
        ) : (
          <ul className="plain-list" aria-label={`Skills matching ${search}`}>
            {hits.map((h) => {
              const alias = matchedAlias(h, search);
              return (
                <li key={h.id}>
                  <button type="button" className="button button--ghost" disabled={have.has(h.id)} onClick={() => pick(h)}>
                    {have.has(h.id) ? 'In profile: ' : 'Add '}
                    {h.name}
                  </button>
                  {alias ? <span className="muted"> also called “{alias}”</span> : null}
                  {h.category ? <span className="muted"> · {h.category}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The alias the search text matched, when the preferred label itself does not contain it. */
function matchedAlias(skill: SkillHit, search: string): string | null {
  const q = search.toLowerCase().replace(/\s+/g, ' ');
  if (skill.name.toLowerCase().includes(q)) return null;
  return skill.aliases.find((a) => a.toLowerCase().replace(/\s+/g, ' ').includes(q)) ?? null;
}
