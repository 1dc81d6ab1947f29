import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** Small line above the title, e.g. "Team" or breadcrumbs. */
  eyebrow?: ReactNode;
  /** Key facts shown under the title. */
  meta?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, eyebrow, meta, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1 className="page-header__title">{title}</h1>
        {meta ? <div className="page-header__meta">{meta}</div> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
