// Typed from the ESM build, like @nestjs/apollo's options (the CJS and ESM declarations are distinct types).
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Plugin } from '@nestjs/apollo';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { DomainError, type RequestContext } from '@skillproof/api-core';

/** Root fields that read the schema (`__typename` reveals nothing and stays allowed). */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Whether the root selection of `operation` asks for `__schema` or `__type`, directly or through
 * (inline) fragments on the root type.
 */
export function selectsIntrospection(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean => set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
    const f = fragments.get(s.name.value);
    if (!f || seen.has(f.name.value)) return false;
    seen.add(f.name.value);
    return walk(f.selectionSet);
  });
  return walk(operation.selectionSet);
}

/**
 * Introspection (`__schema`, `__type`) needs sign-in like every other operation (README "Environment
 * variables" → security): an anonymous introspection query answers UNAUTHENTICATED with HTTP 401 before
 * anything executes. The committed contract `apps/api/schema.gql` (`npm run schema`, no HTTP) and the
 * dashboard (compiled documents, no runtime introspection) do not depend on it.
 */
@Plugin()
export class IntrospectionAuthPlugin implements ApolloServerPlugin<BaseContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!operation || (contextValue as Partial<RequestContext>).user || !selectsIntrospection(operation, document)) return;
        const message = 'Sign in first: the schema is readable with an access token only (mutation login)';
        throw new GraphQLError(message, {
          originalError: new DomainError('UNAUTHENTICATED', message),
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      },
    };
  }
}
