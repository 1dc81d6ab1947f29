import { fitBarPercent, formatFit } from '../format/format-fit';

/** Fit as a number plus a small bar (the bar is decorative; the number carries the value). */
export function FitBar({ fit }: { fit: number }) {
  const pct = fitBarPercent(fit);
  return (
    <span className="fit">
      <span className="fit__value">{formatFit(fit)}</span>
      <span className="fit__track" aria-hidden="true">
        <span className="fit__bar" style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
