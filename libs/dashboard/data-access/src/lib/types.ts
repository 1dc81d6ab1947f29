/**
 * Shared GraphQL types of the dashboard. The schema's enums are the ones GraphQL Code Generator
 * generates from the committed apps/api/schema.gql (lib/gql/graphql.ts), re-exported here under the
 * names the dashboard uses; each operation's result and variable types are generated too (see the
 * operation files). What stays hand-written: the `DateTime` scalar mapping (the same one codegen.ts
 * configures) and the generic Relay connection shape that `appendConnection` works on.
 */

/** `DateTime` scalar: ISO-8601 instant in UTC, e.g. "2025-03-01T00:00:00.000Z" (codegen.ts maps it to string). */
export type DateTime = string;

export type { CheckOutcome, JobStatus, PersonKind, RequirementStatus, VerificationStatus } from './gql/graphql';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A Relay connection as selected by the dashboard's operations (any node type). */
export interface Connection<TNode> {
  totalCount: number;
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
}
