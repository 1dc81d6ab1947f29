import type { Role } from './session';
import { primaryRole } from './session';

/** The L&D page (upskilling plan + assignment board): L&D users land there. */
export const LEARNING_PATH: string | null = '/learning';

/** Navigation sections a role sees (the layout shows them in this order). */
export type NavSection = 'teams' | 'jobs' | 'organization' | 'learning' | 'import' | 'admin';

/**
 * Where a role lands after sign-in and on `/`: HR → /jobs, MANAGER → their team page (`managerTeamPath`,
 * or null while unknown), LND → the learning page if it exists, else the teams, ADMIN → / (teams).
 * Returns null when `/` itself (the team list) is the home.
 */
export function homePathFor(roles: readonly Role[], managerTeamPath?: string | null): string | null {
  switch (primaryRole(roles)) {
    case 'ADMIN': return null;
    case 'HR': return '/jobs';
    case 'MANAGER': return managerTeamPath ?? null;
    case 'LND': return LEARNING_PATH;
  }
}

/** The navigation of each role (PRODUCT.md §1: each user works in their own part of the product). */
export function navSectionsFor(roles: readonly Role[]): NavSection[] {
  const all = new Set<NavSection>();
  for (const r of roles) {
    if (r === 'ADMIN') ['teams', 'jobs', 'organization', 'learning'].forEach((s) => all.add(s as NavSection));
    if (r === 'HR') all.add('jobs');
    if (r === 'MANAGER') all.add('teams');
    if (r === 'LND') ['teams', 'organization', 'learning'].forEach((s) => all.add(s as NavSection));
  }
  // Import (issue 3): the roles allowed importCredential; the issuer trust list: ADMIN only.
  for (const r of roles) {
    if (r === 'ADMIN' || r === 'HR' || r === 'LND') all.add('import');
    if (r === 'ADMIN') all.add('admin');
  }
  if (!LEARNING_PATH) all.delete('learning');
  return (['teams', 'jobs', 'organization', 'learning', 'import', 'admin'] as const).filter((s) => all.has(s));
}
