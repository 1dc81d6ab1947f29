import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/domain-error';

@ObjectType({
  description:
    'Relay page information (forward paging with `first`/`after`). `hasNextPage` is true exactly when items exist after this page, ' +
    'also for an empty page: `first: 0` answers no edges, null cursors and `hasNextPage: totalCount > 0` (ask again with a positive `first` ' +
    'and the same `after`). Cursors are opaque: only pass back an `endCursor` received from the same field.',
})
export class PageInfo {
  @Field({ description: 'True when items exist after this page (after the last edge, or after `after` when the page is empty).' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge (pass as `after`); null when the page has no edges.' }) endCursor!: string | null;
  @Field({ description: 'True when items precede the first edge (forward paging only: true after the first page).' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null when the page has no edges.' }) startCursor!: string | null;
}

type Ctor<T> = abstract new (...args: never[]) => T;

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/**
 * Builds a Relay connection type `<Name>Connection` with `<Name>Edge` for a node class
 * (API.md: lists are connections with `first`/`after`, `edges { node }`, `pageInfo`, `totalCount`).
 */
export function Connection<T>(node: Ctor<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node) node!: T;
    @Field() cursor!: string;
  }
  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => Int, { description: 'Number of items matching the query, all pages.' }) totalCount!: number;
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 500;

/** Encodes an offset as an opaque cursor. */
export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

/**
 * Decodes `after` into the offset of the first item of the page (0 when absent).
 * @throws DomainError BAD_USER_INPUT for a malformed cursor.
 */
export function decodeCursor(after: string | null | undefined): number {
  if (after == null || after === '') return 0;
  const raw = Buffer.from(after, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(raw);
  if (!m) throw badInput('after', 'Invalid cursor: pass the endCursor of a previous page');
  return Number(m[1]) + 1;
}

/**
 * Validates `first` (1..MAX_PAGE_SIZE, default `fallback`).
 * @throws DomainError BAD_USER_INPUT when out of range.
 */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be an integer between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Slices an already ordered array into a connection page. */
export function toConnection<T>(items: readonly T[], first: number, offset: number): ConnectionShape<T> {
  const page = items.slice(offset, offset + first);
  return fromPage(page, items.length, offset);
}

/**
 * Wraps one page fetched at `offset` (of `totalCount` items) into a connection. `hasNextPage` is
 * `offset + page.length < totalCount`: true exactly when items exist beyond the page, so `first: 0`
 * at the start answers `hasNextPage: totalCount > 0` with null cursors (Relay: the page is empty, not
 * the list).
 */
export function fromPage<T>(page: readonly T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = page.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: offset + page.length < totalCount,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      hasPreviousPage: offset > 0,
      startCursor: edges.length ? edges[0].cursor : null,
    },
  };
}
