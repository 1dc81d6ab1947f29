import type { Connection } from '../types';

/**
 * Appends the next page of a Relay connection to the pages already shown ("load more"). Edges are
 * de-duplicated by cursor (a page fetched twice never shows rows twice); totalCount and pageInfo
 * come from the newest page.
 */
export function appendConnection<TNode>(previous: Connection<TNode> | null | undefined, next: Connection<TNode>): Connection<TNode> {
  if (!previous) return next;
  const seen = new Set(previous.edges.map((e) => e.cursor));
  return {
    ...next,
    edges: [...previous.edges, ...next.edges.filter((e) => !seen.has(e.cursor))],
  };
}
