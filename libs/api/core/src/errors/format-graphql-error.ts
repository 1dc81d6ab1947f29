import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode } from './domain-error';

const KNOWN: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR',
]);
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * The one exhaustive mapper from errors to GraphQL errors: `DomainError` codes pass through,
 * query validation errors become BAD_USER_INPUT, anything else is INTERNAL_SERVER_ERROR with a
 * generic message. Stack traces are only kept when `includeStack` (development).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  includeStack: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  if (!includeStack) delete ext['stacktrace'];
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { ...ext, code: original.code, ...(original.details ? { details: original.details } : {}) } };
  }
  const code = typeof ext['code'] === 'string' ? (ext['code'] as string) : undefined;
  if (code && APOLLO_INPUT_CODES.has(code)) return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT', reason: code } };
  if (code && KNOWN.has(code) && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions: ext };
  // GraphQL type errors in variables/arguments come without originalError.
  if (!original && formatted.message && !code) return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT' } };
  return {
    message: includeStack && original instanceof Error ? original.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(includeStack && ext['stacktrace'] ? { stacktrace: ext['stacktrace'] } : {}) },
  };
}
