/**
 * Client-side routes. Ids may contain characters that are not path-safe (e.g. `esco:...`, `a/b`),
 * so every id is URI-encoded; React Router decodes `:id` params again.
 */
export const ROUTES = {
  home: '/',
  team: '/teams/:id',
  jobs: '/jobs',
  job: '/jobs/:id',
  person: '/people/:id',
  organization: '/organization',
  learning: '/learning',
  importPage: '/import',
  adminIssuers: '/admin/issuers',
} as const;

const seg = (id: string): string => encodeURIComponent(id);

export const paths = {
  home: (): string => '/',
  team: (id: string): string => `/teams/${seg(id)}`,
  jobs: (): string => '/jobs',
  job: (id: string): string => `/jobs/${seg(id)}`,
  person: (id: string): string => `/people/${seg(id)}`,
  organization: (): string => '/organization',
  learning: (): string => '/learning',
  importPage: (): string => '/import',
  adminIssuers: (): string => '/admin/issuers',
};

/** Which top-level navigation item a path belongs to. */
export function navSectionOf(pathname: string): 'teams' | 'jobs' | 'organization' | 'learning' | 'import' | 'admin' | null {
  if (pathname === '/' || pathname.startsWith('/teams/') || pathname.startsWith('/people/')) return 'teams';
  if (pathname === '/jobs' || pathname.startsWith('/jobs/')) return 'jobs';
  if (pathname === '/organization') return 'organization';
  if (pathname === '/learning') return 'learning';
  if (pathname === '/import') return 'import';
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin';
  return null;
}
