import type { ReactNode } from 'react';

/** A labelled key figure, e.g. "Readiness 76%". */
export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
      {hint ? <dd className="stat__hint">{hint}</dd> : null}
    </div>
  );
}

export function StatList({ children }: { children: ReactNode }) {
  return <dl className="stat-list">{children}</dl>;
}
