import { formatLevel, TableWrap } from '@skillproof/dashboard-ui';
import type { ApiProblem } from '../utils/api-problems';
import { moveRow, type DraftProblems, type RequirementDraft } from '../utils/requirement-drafts';
import { SkillSearch } from './skill-search';

const ORIGIN: Record<RequirementDraft['origin'], string> = {
  job: 'saved',
  description: 'from the description',
  occupation: 'from the occupation',
  search: 'added',
};

export interface RequirementsEditorProps {
  rows: RequirementDraft[];
  onChange: (rows: RequirementDraft[]) => void;
  scale: { min: number; max: number; labels: string[] };
  /** Client-side problems per row (same index as `rows`). */
  problems: DraftProblems[];
  /** Problems the API reported on the last save. */
  apiProblems: ApiProblem[];
}

/**
 * The editable requirement rows: level (the organisation's scale, or 0 = presence), weight, must-have,
 * order (move up/down) and remove; plus "Add a skill" (search by name or alias). Every control has a
 * label naming its skill, so the table works with a keyboard and a screen reader.
 */
export function RequirementsEditor({ rows, onChange, scale, problems, apiProblems }: RequirementsEditorProps) {
  const update = (index: number, patch: Partial<RequirementDraft>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const levels = [0, ...Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i)];
  const taken = new Set(rows.map((r) => r.skillId));

  return (
    <div className="requirements-editor">
      {rows.length === 0 ? (
        <p className="state state--empty">No requirements yet: propose them from the occupation or the description, or add skills below.</p>
      ) : (
        <TableWrap label="Requirements editor" testId="requirements-editor">
          <table className="table table--compact">
            <caption className="visually-hidden">Requirements of the job being edited, in display order</caption>
            <thead>
              <tr>
                <th scope="col" className="num">#</th>
                <th scope="col">Skill</th>
                <th scope="col">Minimum level</th>
                <th scope="col">Weight</th>
                <th scope="col">Must-have</th>
                <th scope="col">
                  <span className="visually-hidden">Order and removal</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const rowApi = apiProblems.filter((p) => p.index === i);
                const levelProblem = problems[i]?.minLevel ?? rowApi.find((p) => p.field === 'minLevel')?.message;
                const weightProblem = problems[i]?.weight ?? rowApi.find((p) => p.field === 'weight')?.message;
                const skillProblem = problems[i]?.skillId ?? rowApi.find((p) => p.field === 'skillId')?.message;
                const pid = `req-${i}`;
                return (
                  <tr key={r.skillId + ':' + i} className={levelProblem || weightProblem || skillProblem ? 'has-problem' : undefined}>
                    <td className="num">{i + 1}</td>
                    <th scope="row">
                      {r.skillName}
                      <span className="cell-sub">
                        {ORIGIN[r.origin]} · <span className="code">{r.skillId}</span>
                      </span>
                      {skillProblem ? (
                        <span className="field__error" id={`${pid}-skill-error`}>
                          {skillProblem}
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <label className="visually-hidden" htmlFor={`${pid}-level`}>
                        Minimum level for {r.skillName}
                      </label>
                      <select
                        id={`${pid}-level`}
                        value={r.minLevel}
                        onChange={(e) => update(i, { minLevel: Number(e.target.value) })}
                        aria-invalid={levelProblem ? true : undefined}
                        aria-describedby={levelProblem ? `${pid}-level-error` : undefined}
                      >
                        {levels.map((l) => (
                          <option key={l} value={l}>
                            {formatLevel(l, scale.labels)}
                          </option>
                        ))}
                      </select>
                      {levelProblem ? (
                        <span className="field__error" id={`${pid}-level-error`}>
                          {levelProblem}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`${pid}-weight`}>
                        Weight of {r.skillName}
                      </label>
                      <input
                        id={`${pid}-weight`}
                        type="number"
                        inputMode="decimal"
                        min={0.1}
                        max={100}
                        step={0.1}
                        className="weight-input"
                        value={Number.isFinite(r.weight) ? r.weight : ''}
                        onChange={(e) => update(i, { weight: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                        aria-invalid={weightProblem ? true : undefined}
                        aria-describedby={weightProblem ? `${pid}-weight-error` : undefined}
                      />
                      {weightProblem ? (
                        <span className="field__error" id={`${pid}-weight-error`}>
                          {weightProblem}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <label className="toggle">
                        <input type="checkbox" checked={r.mustHave} onChange={(e) => update(i, { mustHave: e.target.checked })} />
                        <span>
                          Must-have<span className="visually-hidden"> ({r.skillName})</span>
                        </span>
                      </label>
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button button--ghost" disabled={i === 0} onClick={() => onChange(moveRow(rows, i, -1))}>
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">Move {r.skillName} up</span>
                      </button>
                      <button type="button" className="button button--ghost" disabled={i === rows.length - 1} onClick={() => onChange(moveRow(rows, i, 1))}>
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">Move {r.skillName} down</span>
                      </button>
                      <button type="button" className="button button--ghost" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                        Remove<span className="visually-hidden"> {r.skillName}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <SkillSearch
        taken={taken}
        onPick={(s) => onChange([...rows, { skillId: s.id, skillName: s.name, minLevel: Math.min(Math.max(3, scale.min), scale.max), weight: 1, mustHave: false, origin: 'search' }])}
      />
    </div>
  );
}
