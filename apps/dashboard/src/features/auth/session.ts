import { configureAuth, type Gql } from '@skillproof/dashboard-data-access';
import { useSyncExternalStore } from 'react';

/** A role of the signed-in user (API enum Role, generated from apps/api/schema.gql). */
export type Role = Gql.Role;

/** What the dashboard keeps about the signed-in user (sessionStorage: gone when the tab closes). */
export interface Session {
  accessToken: string;
  user: { id: string; email: string; displayName: string; roles: Role[]; personId: string | null };
  /** The user's landing page when known at sign-in (a manager's team page). */
  home?: string;
}

/** sessionStorage key (the browser test writes the same key, apps/dashboard-e2e/src/support.ts). */
export const SESSION_KEY = 'skillproof.session';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Session | null = null;

function read(): Session | null {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(SESSION_KEY);
  } catch {
    raw = null;
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const s = raw ? (JSON.parse(raw) as Session) : null;
    cached = s && typeof s.accessToken === 'string' && s.user && Array.isArray(s.user.roles) ? s : null;
  } catch {
    cached = null;
  }
  return cached;
}

const notify = () => listeners.forEach((l) => l());

/** The current session, or null when signed out. */
export const getSession = (): Session | null => read();

/** Stores the session after a successful sign-in. */
export function saveSession(session: Session): void {
  window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  notify();
}

/** Forgets the session (sign-out, or the API said UNAUTHENTICATED). */
export function clearSession(): void {
  window.sessionStorage.removeItem(SESSION_KEY);
  notify();
}

/** React hook: the session, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, read, () => null);
}

/** Human label of a role. */
export const ROLE_LABEL: Record<Role, string> = { ADMIN: 'Admin', HR: 'HR', MANAGER: 'Manager', LND: 'L&D' };

/** The main role shown in the header and used for the landing page (ADMIN > HR > MANAGER > LND). */
export function primaryRole(roles: readonly Role[]): Role {
  return (['ADMIN', 'HR', 'MANAGER', 'LND'] as const).find((r) => roles.includes(r)) ?? 'LND';
}

// Every request carries the token; an UNAUTHENTICATED answer signs out (the layout then redirects to /login).
configureAuth({
  getToken: () => read()?.accessToken ?? null,
  onUnauthenticated: () => {
    if (read()) clearSession();
  },
});
