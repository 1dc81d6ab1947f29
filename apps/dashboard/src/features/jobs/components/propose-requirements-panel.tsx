import { useLazyQuery } from '@apollo/client/react';
import { PROPOSE_REQUIREMENTS_QUERY } from '@skillproof/dashboard-data-access';
import { Badge, EmptyState, humanizeEnum, TableWrap } from '@skillproof/dashboard-ui';
import { useState, type FormEvent } from 'react';
import { QueryError } from '../../../shared/query-error';

/**
 * "Propose requirements from a description": paste a job description (and/or an O*NET-SOC code),
 * get proposed requirements to review. Nothing is saved here: the job editor (New job) saves them.
 */
export function ProposeRequirementsPanel() {
  const [text, setText] = useState('');
  const [occupationCode, setOccupationCode] = useState('');
  const [propose, { data, loading, error, called }] = useLazyQuery(PROPOSE_REQUIREMENTS_QUERY, { fetchPolicy: 'network-only' });
  const proposals = data?.proposeRequirements;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void propose({ variables: { input: { text: text.trim() || null, occupationCode: occupationCode.trim() || null } } });
  };

  return (
    <form onSubmit={submit} aria-describedby="propose-help">
      <p id="propose-help" className="muted">
        Skills are found by their ESCO and O*NET names and aliases (whole words, any case). Sentences saying
        “required” or “must” suggest must-haves; “nice to have” or “a plus” suggest nice-to-haves. Levels default to 3.
        Review the list: nothing is saved.
      </p>
      <div className="field">
        <label htmlFor="propose-text">Job description</label>
        <textarea id="propose-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} maxLength={100_000}
          placeholder={'Requirements:\n- SQL and Python\nNice to have: Tableau'} />
      </div>
      <div className="field">
        <label htmlFor="propose-occupation">O*NET-SOC occupation code (optional)</label>
        <input id="propose-occupation" value={occupationCode} onChange={(e) => setOccupationCode(e.target.value)} placeholder="15-1254.00" />
      </div>
      <button type="submit" className="button" disabled={loading || (text.trim() === '' && occupationCode.trim() === '')}>
        {loading ? 'Proposing…' : 'Propose requirements'}
      </button>
      {error ? <QueryError error={error} title="Could not propose requirements" /> : null}
      {called && proposals && proposals.length === 0 ? (
        <EmptyState title="No known skill found">
          <p>None of the taxonomy's skill names or aliases appears in this text.</p>
        </EmptyState>
      ) : null}
      {proposals && proposals.length > 0 ? (
        <TableWrap label="Proposed requirements">
          <table className="table table--compact" data-testid="requirement-proposals">
            <caption>{proposals.length} proposed requirements</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Found as</th>
                <th scope="col" className="num">Mentions</th>
                <th scope="col" className="num">Level</th>
                <th scope="col">Must-have</th>
                <th scope="col" className="num">Weight</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.skill.id}>
                  <th scope="row">{p.skill.name}</th>
                  <td>{p.source === 'OCCUPATION' ? 'occupation profile' : `“${p.matchedText}”`}</td>
                  <td className="num">{p.count}</td>
                  <td className="num">{p.suggestedLevel}</td>
                  <td>
                    <Badge tone={p.mustHave ? 'success' : 'neutral'}>{p.mustHave ? 'Must-have' : 'Nice-to-have'}</Badge>{' '}
                    <span className="muted">({humanizeEnum(p.context)})</span>
                  </td>
                  <td className="num">{p.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </form>
  );
}
