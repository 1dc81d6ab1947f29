import { formatReadiness } from '@skillproof/dashboard-ui';

/** Readiness as a percentage with a small bar; the text carries the value, the bar is decoration. */
export function ReadinessMeter({ readiness, label }: { readiness: number; label: string }) {
  const pct = Number.isFinite(readiness) ? Math.max(0, Math.min(1, readiness)) * 100 : 0;
  const tone = pct >= 80 ? 'good' : pct >= 50 ? 'fair' : 'poor';
  return (
    <span className="meter" title={label}>
      <span className="meter__value">
        {formatReadiness(readiness)}
      </span>
      <span className="meter__track" aria-hidden="true">
        <span className={`meter__bar meter__bar--${tone}`} style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
