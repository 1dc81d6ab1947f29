import { useQuery } from '@apollo/client/react';
import { SKILL_SEARCH_QUERY, type SkillSearchHit } from '@skillproof/dashboard-data-access';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { matchedAlias } from '../utils/skill-hit';

const RESULTS = 8;

export interface SkillSearchProps {
  /** Skill ids already in the list (shown, but not offered again). */
  taken: ReadonlySet<string>;
  onPick: (skill: SkillSearchHit) => void;
}

/**
 * "Add a skill": an ARIA combobox over `skills(search)` (names AND aliases, case- and space-insensitive,
 * best match first). Arrow keys move through the options, Enter picks, Escape closes; each option says
 * which alias matched when the name itself does not contain the text.
 */
export function SkillSearch({ taken, onPick }: SkillSearchProps) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 200);
    return () => clearTimeout(t);
  }, [text]);

  const { data, loading, error } = useQuery(SKILL_SEARCH_QUERY, { variables: { search: debounced, first: RESULTS }, skip: debounced.length < 2 });
  const hits = debounced.length >= 2 ? (data?.skills.edges.map((e) => e.node) ?? []) : [];
  const expanded = open && debounced.length >= 2;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (hit: SkillSearchHit) => {
    if (taken.has(hit.id)) return;
    onPick(hit);
    setText('');
    setDebounced('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded && hits[active]) pick(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="skill-search">
      <label htmlFor={`${id}-input`}>Add a skill</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        placeholder="e.g. SQL, Postgres, data analysis"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <p id={`${id}-hint`} className="field__hint">
        Type at least two letters; names and aliases (ESCO, O*NET) are searched. ↑/↓ to choose, Enter to add.
      </p>
      <ul id={`${id}-listbox`} role="listbox" aria-label="Matching skills" className="skill-search__list" hidden={!expanded}>
        {expanded && loading && !hits.length ? <li className="muted skill-search__status">Searching…</li> : null}
        {expanded && error ? <li className="skill-search__status state--error">Search failed</li> : null}
        {expanded && !loading && !error && hits.length === 0 ? <li className="muted skill-search__status">No skill matches “{debounced}”</li> : null}
        {hits.map((h, i) => {
          const alias = matchedAlias(h.name, h.aliases, debounced);
          const already = taken.has(h.id);
          return (
            <li
              key={h.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              aria-disabled={already || undefined}
              className={`skill-search__option${i === active ? ' is-active' : ''}${already ? ' is-taken' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="skill-search__name">{h.name}</span>
              {alias ? <span className="cell-sub">alias “{alias}”</span> : null}
              <span className="cell-sub">
                {h.category ?? 'skill'} · <span className="code">{h.id}</span>
                {already ? ' · already listed' : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
