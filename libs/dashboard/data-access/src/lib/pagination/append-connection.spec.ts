import { appendConnection } from './append-connection';
import type { Connection } from '../types';

const page = (cursors: string[], hasNextPage: boolean, totalCount = 5): Connection<{ id: string }> => ({
  totalCount,
  edges: cursors.map((c) => ({ cursor: c, node: { id: `n${c}` } })),
  pageInfo: { hasNextPage, endCursor: cursors[cursors.length - 1] ?? null },
});

describe('appendConnection', () => {
  it('returns the next page when there is nothing before it', () => {
    const next = page(['1', '2'], true);
    expect(appendConnection(undefined, next)).toBe(next);
    expect(appendConnection(null, next)).toBe(next);
  });

  it('appends edges in order and takes pageInfo and totalCount from the newest page', () => {
    const merged = appendConnection(page(['1', '2'], true), page(['3', '4'], false, 4));
    expect(merged.edges.map((e) => e.cursor)).toEqual(['1', '2', '3', '4']);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: '4' });
    expect(merged.totalCount).toBe(4);
  });

  it('never repeats an edge already shown', () => {
    const merged = appendConnection(page(['1', '2'], true), page(['2', '3'], false));
    expect(merged.edges.map((e) => e.node.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('does not mutate its inputs', () => {
    const prev = page(['1'], true);
    appendConnection(prev, page(['2'], false));
    expect(prev.edges).toHaveLength(1);
  });
});
