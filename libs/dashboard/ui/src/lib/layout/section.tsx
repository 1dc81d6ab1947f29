import type { ReactNode } from 'react';

export interface SectionProps {
  /** Used for the heading id and aria-labelledby. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A card-like page section with an h2 heading. */
export function Section({ id, title, description, actions, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <div>
          <h2 id={headingId} className="card__title">
            {title}
          </h2>
          {description ? <p className="card__description">{description}</p> : null}
        </div>
        {actions ? <div className="card__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
