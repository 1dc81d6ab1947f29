/**
 * Turns what Apollo Client reports into a message for the error state: the GraphQL error messages
 * (with `extensions.code`) when the server answered with errors, otherwise the transport error.
 * Structural on purpose (no Apollo import) so it is a pure, tested function.
 */
export interface ErrorDescription {
  message: string;
  code: string | null;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function fromGraphQLErrors(errors: readonly GraphQLErrorLike[]): ErrorDescription | null {
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean);
  if (messages.length === 0) return null;
  const code = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string') ?? null;
  return { message: [...new Set(messages)].join('; '), code };
}

export function describeError(error: unknown): ErrorDescription {
  if (isRecord(error)) {
    // CombinedGraphQLErrors: `errors` holds the GraphQL errors of the response.
    if (Array.isArray(error['errors'])) {
      const described = fromGraphQLErrors(error['errors'] as GraphQLErrorLike[]);
      if (described) return described;
    }
    // ServerError (non-2xx): the body may still be a GraphQL response with errors.
    if (typeof error['bodyText'] === 'string') {
      try {
        const body: unknown = JSON.parse(error['bodyText']);
        if (isRecord(body) && Array.isArray(body['errors'])) {
          const described = fromGraphQLErrors(body['errors'] as GraphQLErrorLike[]);
          if (described) return described;
        }
      } catch {
        // not JSON: fall through to the error's own message
      }
    }
    if (typeof error['message'] === 'string' && error['message']) {
      return { message: error['message'], code: null };
    }
  }
  if (typeof error === 'string' && error) return { message: error, code: null };
  return { message: 'Unknown error', code: null };
}
