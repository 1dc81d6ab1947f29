/**
 * Client-side pagination of an already loaded list (long tables: matrix rows, gaps, plans, expiring
 * credentials). Pure: the page is clamped into range, so a list that shrank never shows an empty page.
 */
export interface Page<T> {
  items: T[];
  /** 1-based page actually shown (clamped). */
  page: number;
  pageCount: number;
  /** 1-based position of the first item shown (0 when the list is empty). */
  from: number;
  /** 1-based position of the last item shown (0 when the list is empty). */
  to: number;
  total: number;
}

/**
 * Slices `items` into page `page` (1-based) of `pageSize` items (at least 1).
 * Non-finite or out-of-range pages are clamped to 1..pageCount.
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const size = Number.isFinite(pageSize) && pageSize >= 1 ? Math.floor(pageSize) : 1;
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Number.isFinite(page) ? Math.min(pageCount, Math.max(1, Math.floor(page))) : 1;
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: current, pageCount, from: total === 0 ? 0 : start + 1, to: start + slice.length, total };
}
