import { decodeCursor, encodeCursor, fromPage, pageSize, toConnection, MAX_PAGE_SIZE } from '../graphql/connection';
import { DomainError } from '../errors/domain-error';

describe('Relay connections', () => {
  it('round-trips cursors: after the cursor of item n, the next page starts at n + 1', () => {
    for (const n of [0, 1, 19, 123456]) expect(decodeCursor(encodeCursor(n))).toBe(n + 1);
    expect(decodeCursor(undefined)).toBe(0);
    expect(decodeCursor('')).toBe(0);
  });

  it.each(['garbage', encodeCursor(1).slice(0, 2), Buffer.from('o:-1').toString('base64url'), Buffer.from('o:1e9').toString('base64url')])(
    'rejects the malformed cursor %p with BAD_USER_INPUT', (after) => {
      expect(() => decodeCursor(after)).toThrow(DomainError);
      try { decodeCursor(after); } catch (e) { expect((e as DomainError).code).toBe('BAD_USER_INPUT'); }
    });

  it('bounds page sizes to 0..MAX_PAGE_SIZE', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null, 7)).toBe(7);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const bad of [-1, MAX_PAGE_SIZE + 1, 1.5]) expect(() => pageSize(bad)).toThrow(DomainError);
  });

  it('slices pages with totalCount, hasNextPage and endCursor', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const p1 = toConnection(items, 2, 0);
    expect(p1.totalCount).toBe(5);
    expect(p1.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = toConnection(items, 2, decodeCursor(p1.pageInfo.endCursor));
    expect(p2.edges.map((e) => e.node)).toEqual(['c', 'd']);
    const p3 = toConnection(items, 2, decodeCursor(p2.pageInfo.endCursor));
    expect(p3.edges.map((e) => e.node)).toEqual(['e']);
    expect(p3.pageInfo.hasNextPage).toBe(false);
    const empty = fromPage([], 5, 5);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, endCursor: null, hasPreviousPage: true, startCursor: null });
    expect(p1.pageInfo.hasPreviousPage).toBe(false);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
  });
});
