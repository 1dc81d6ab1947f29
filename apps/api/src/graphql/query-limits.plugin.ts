// Typed from the ESM build, like @nestjs/apollo's options (the CJS and ESM declarations are distinct types).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server' with { 'resolution-mode': 'import' };
import { getVariableValues, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  /** Deepest allowed selection (fields nested in fields). */
  maxDepth: number;
  /** Highest allowed estimated cost (see `pagedEstimator`). */
  maxComplexity: number;
}

/** Defaults: the dashboard's deepest query is 9 levels and costs under 20,000. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxComplexity: 100_000 };

/**
 * Cost of a field: 1 plus its children's cost, multiplied by the page size for paged fields
 * (`first`, default 20) — so `matches(first: 500)` costs 25× `matches(first: 20)`.
 */
export const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? Math.max(1, args['first']) : 'first' in args ? 20 : 1;
  return 1 + childComplexity * first;
};

/** Depth of the deepest field selection, following fragments (cycles cut). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) max = Math.max(max, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  let max = 0;
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) max = Math.max(max, depthOf(d.selectionSet, new Set()));
  }
  return max;
}

const reject = (message: string, details: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, ...details } });

/**
 * Rejects over-deep and over-costly operations before any resolver runs (PRODUCT.md §7: "GraphQL
 * rejects over-deep and over-costly queries cheaply"): BAD_USER_INPUT with the measured depth or cost.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const depth = queryDepth(ctx.document, ctx.request.operationName);
          if (depth > limits.maxDepth) throw reject(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}`, { depth, limit: limits.maxDepth });
          // Variables that do not fit their types (a string for an Int, an unknown enum value, a missing
          // required variable) cannot be costed: leave them to the executor, which answers them as
          // BAD_USER_INPUT with HTTP 400 and runs no resolver. (getComplexity would throw them here as
          // code-less errors, which Apollo answers as a 500.)
          const variableDefinitions = ctx.operation?.variableDefinitions;
          if (variableDefinitions?.length) {
            const coerced = getVariableValues(ctx.schema, variableDefinitions, ctx.request.variables ?? {});
            if (coerced.errors) return;
          }
          const complexity = getComplexity({
            schema: ctx.schema, query: ctx.document, operationName: ctx.request.operationName ?? undefined,
            variables: ctx.request.variables ?? {}, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) throw reject(`Query costs ${complexity}; the limit is ${limits.maxComplexity} (ask for smaller pages or fewer aliases)`, { complexity, limit: limits.maxComplexity });
        },
      };
    },
  };
}
