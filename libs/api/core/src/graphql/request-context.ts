/**
 * Per-request GraphQL context: the organisation every query is scoped by, and per-request caches
 * (DataLoaders) created lazily by feature modules under a key.
 */
export interface RequestContext {
  organizationId: string;
  loaders: Map<string, unknown>;
}

/** Returns the per-request loader stored under `key`, creating it once with `create`. */
export function requestLoader<T>(ctx: RequestContext, key: string, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
