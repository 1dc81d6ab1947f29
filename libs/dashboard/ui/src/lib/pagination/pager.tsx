import { useEffect, useState } from 'react';
import { paginate, type Page } from './paginate';

export interface PagerProps {
  page: Page<unknown>;
  onPage: (page: number) => void;
  /** What is paged, for the accessible name ("Pages of members"). */
  label: string;
}

/** Previous / next buttons and "21–40 of 53"; hidden when everything fits on one page. */
export function Pager({ page, onPage, label }: PagerProps) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${label}`}>
      <p aria-live="polite">
        {page.from}–{page.to} of {page.total} · page {page.page} of {page.pageCount}
      </p>
      <div className="pager__buttons" style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="button" className="button button--ghost" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
          <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> page of {label}</span>
        </button>{' '}
        <button type="button" className="button button--ghost" disabled={page.page >= page.pageCount} onClick={() => onPage(page.page + 1)}>
          Next<span className="visually-hidden"> page of {label}</span>
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </nav>
  );
}

/**
 * State hook for client-side pagination: the current page of `items`, reset to page 1 when `resetKey`
 * changes (e.g. another team or filter).
 */
export function usePagination<T>(items: readonly T[], pageSize: number, resetKey?: unknown): [Page<T>, (page: number) => void] {
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [resetKey]);
  return [paginate(items, page, pageSize), setPage];
}
