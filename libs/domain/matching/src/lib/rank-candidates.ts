import { compareStrings } from './evidence-order';

/** The fields ranking reads; `MatchResult` has them. */
export interface RankableMatch {
  personId: string;
  eligible: boolean;
  /** 0..100. */
  fit: number;
  metCount: number;
}

/** Options of {@link rankCandidates}. */
export interface RankOptions {
  /** Keep only the first `limit` results (a page); selection is O(n log limit)-ish, not a full sort. */
  limit?: number;
}

/**
 * The ranking order of PRODUCT.md §4.4 as a comparator: eligible before not eligible, then fit
 * descending, then more MET requirements, then `personId` ascending (UTF-16 code-unit order, never
 * locale-dependent). A total order when person ids are unique.
 */
export function compareMatches(a: RankableMatch, b: RankableMatch): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    b.fit - a.fit ||
    b.metCount - a.metCount ||
    compareStrings(a.personId, b.personId)
  );
}

/**
 * Ranks match results (PRODUCT.md §4.4) with {@link compareMatches}: deterministic, whatever the input
 * order (person ids are expected to be unique; equal ids keep their input order). Returns a new array;
 * the input is not modified.
 *
 * @param results match results (any objects with the {@link RankableMatch} fields).
 * @param options `limit` for the first page only.
 */
export function rankCandidates<T extends RankableMatch>(results: readonly T[], options: RankOptions = {}): T[] {
  const limit = options.limit === undefined ? results.length : Math.max(0, Math.floor(options.limit));
  if (limit >= results.length / 8) return [...results].sort(compareMatches).slice(0, limit);
  // Bounded insertion for a first page of a large list: keeps `limit` best, sorted.
  const page: T[] = [];
  for (const result of results) {
    if (page.length === limit) {
      if (limit === 0 || compareMatches(result, page[limit - 1]) >= 0) continue;
      page.pop();
    }
    let lo = 0;
    let hi = page.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareMatches(page[mid], result) <= 0) lo = mid + 1;
      else hi = mid;
    }
    page.splice(lo, 0, result);
  }
  return page;
}
