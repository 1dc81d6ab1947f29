import { useQuery } from '@apollo/client/react';
import { describeError } from '@skillproof/dashboard-data-access';
import { useEffect, useId, useState } from 'react';
import { PEOPLE_SEARCH_QUERY } from './graphql/people-search.query';

export interface PickedPerson {
  id: string;
  displayName: string;
}

/**
 * Optional "attach to person" field of the paste form: search people by name, e-mail or code and pick
 * one (a button per hit), or clear the choice. The credential's recipient must name that person.
 */
export function PersonPicker({ value, onChange }: { value: PickedPerson | null; onChange: (p: PickedPerson | null) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const { data, loading, error } = useQuery(PEOPLE_SEARCH_QUERY, { variables: { search, first: 6 }, skip: search.length < 2 || value !== null });
  const hits = data?.people.edges.map((e) => e.node) ?? [];

  if (value) {
    return (
      <div className="person-picker person-picker--picked">
        <span className="person-picker__label">Attach to</span>{' '}
        <strong data-testid="import-person">{value.displayName}</strong>{' '}
        <button type="button" className="button button--ghost" onClick={() => onChange(null)}>
          Change<span className="visually-hidden"> the person to attach to</span>
        </button>
      </div>
    );
  }
  return (
    <div className="person-picker">
      <label htmlFor={id} className="person-picker__label">
        Attach to person (optional)
      </label>
      <input id={id} type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} placeholder="Name, e-mail or candidate code" />
      <div aria-live="polite">
        {search.length < 2 ? null : loading && !data ? (
          <p className="muted">Searching…</p>
        ) : error ? (
          <p role="alert" className="import-error">People search failed: {describeError(error).message}</p>
        ) : hits.length === 0 ? (
          <p className="muted">Nobody matches “{search}”.</p>
        ) : (
          <ul className="plain-list" aria-label={`People matching ${search}`}>
            {hits.map((p) => (
              <li key={p.id}>
                <button type="button" className="button button--ghost" onClick={() => { onChange({ id: p.id, displayName: p.displayName }); setText(''); }}>
                  {p.displayName}
                </button>
                <span className="muted"> {p.kind === 'EMPLOYEE' ? `employee${p.team ? ` · ${p.team.name}` : ''}` : 'candidate'}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
