import type { MatchFilters } from '../hooks/use-job-matches';

export interface MatchControlsProps {
  filters: MatchFilters;
  asOfInput: string;
  onChange: (patch: Partial<MatchFilters>) => void;
  onAsOfChange: (value: string) => void;
}

/** Ranking options: real checkboxes with labels, so they work with keyboard and screen readers. */
export function MatchControls({ filters, asOfInput, onChange, onAsOfChange }: MatchControlsProps) {
  return (
    <fieldset className="controls">
      <legend className="visually-hidden">Ranking options</legend>
      <label className="toggle">
        <input type="checkbox" checked={filters.blind} onChange={(e) => onChange({ blind: e.target.checked })} />
        <span>Blind mode</span>
        <span className="toggle__hint">hide names (candidate codes)</span>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={filters.eligibleOnly} onChange={(e) => onChange({ eligibleOnly: e.target.checked })} />
        <span>Eligible only</span>
        <span className="toggle__hint">all must-haves met</span>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={filters.includeEmployees}
          onChange={(e) => onChange({ includeEmployees: e.target.checked })}
        />
        <span>Include employees</span>
        <span className="toggle__hint">internal mobility</span>
      </label>
      <div className="field field--inline">
        <label htmlFor="matches-as-of">As of (UTC)</label>
        <input id="matches-as-of" type="date" value={asOfInput} onChange={(e) => onAsOfChange(e.target.value)} />
      </div>
    </fieldset>
  );
}
