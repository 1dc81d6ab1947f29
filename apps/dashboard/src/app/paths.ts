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
} as const;

const seg = (id: string): string => encodeURIComponent(id);

export const paths = {
  home: (): string => '/',
  team: (id: string): string => `/teams/${seg(id)}`,
  jobs: (): string => '/jobs',
  job: (id: string): string => `/jobs/${seg(id)}`,
  person: (id: string): string => `/people/${seg(id)}`,
};

/** Which top-level navigation item a path belongs to. */
export function navSectionOf(pathname: string): 'teams' | 'jobs' | null {
  if (pathname === '/' || pathname.startsWith('/teams/') || pathname.startsWith('/people/')) return 'teams';
  if (pathname === '/jobs' || pathname.startsWith('/jobs/')) return 'jobs';
  return null;
}
