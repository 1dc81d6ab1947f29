/**
 * Per-request GraphQL context: the organisation every query is scoped by, and per-request caches
 * (DataLoaders) created lazily by feature modules under a key.
 */
export interface RequestContext {
  organizationId: string;
  loaders: Map<string, unknown>;
  /**
   * The signed-in user (from the verified access token): id, roles and own person record (a
   * manager's teams are those it manages). Set on every authenticated request; the auth guard rejects
   * any operation but `login` without it.
   */
  user?: RequestUser;
}

/** Role of a signed-in user (PRODUCT.md §6). */
export type Role = 'ADMIN' | 'HR' | 'MANAGER' | 'LND';

/** The signed-in user carried by the request context. */
export interface RequestUser {
  id: string;
  roles: Role[];
  personId: string | null;
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

/**
 * Whether `user` may see a team managed by `managerId` (PRODUCT.md §6: MANAGER sees own teams only).
 * ADMIN, HR and LND see every team (HR through jobs); a MANAGER without those roles sees the teams whose
 * manager is their own person record. No user (internal call without a request) → true.
 */
export function canSeeTeam(user: RequestUser | undefined, managerId: string | null): boolean {
  if (!user || user.roles.some((r) => r !== 'MANAGER')) return true;
  return !!user.personId && managerId === user.personId;
}
