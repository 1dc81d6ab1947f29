/**
 * Client-side routes. Ids may contain characters that are not path-safe (e.g. `esco:...`, `a/b`),
 * so every id is URI-encoded; React Router decodes `:id` params again.
 */
export const ROUTES = {
  home: '/',
  teams: '/teams',
  team: '/teams/:id',
  jobs: '/jobs',
  job: '/jobs/:id',
  jobNew: '/jobs/new',
  jobEdit: '/jobs/:id/edit',
  jobPipeline: '/jobs/:id/pipeline',
  candidateImport: '/jobs/import-candidates',
  person: '/people/:id',
  organization: '/organization',
  learning: '/learning',
  importPage: '/import',
  adminIssuers: '/admin/issuers',
} as const;

const seg = (id: string): string => encodeURIComponent(id);

export const paths = {
  home: (): string => '/',
  /** The team list (also `/` for ADMIN; L&D and HR land elsewhere on `/`). */
  teams: (): string => '/teams',
  team: (id: string): string => `/teams/${seg(id)}`,
  jobs: (): string => '/jobs',
  job: (id: string): string => `/jobs/${seg(id)}`,
  /** The job editor for a new job. */
  jobNew: (): string => '/jobs/new',
  /** The job editor for an existing job. */
  jobEdit: (id: string): string => `/jobs/${seg(id)}/edit`,
  /** A job's hiring pipeline, optionally in blind mode. */
  jobPipeline: (id: string, blind = false): string => `/jobs/${seg(id)}/pipeline${blind ? '?blind=1' : ''}`,
  /** Candidate CSV import, optionally into one job's pipeline. */
  candidateImport: (jobId?: string): string => (jobId ? `/jobs/import-candidates?job=${seg(jobId)}` : '/jobs/import-candidates'),
  person: (id: string): string => `/people/${seg(id)}`,
  organization: (): string => '/organization',
  /** The learning page, optionally on one team's plan and board. */
  learning: (teamId?: string, capacity?: number): string =>
    teamId ? `/learning?team=${seg(teamId)}${capacity !== undefined ? `&capacity=${capacity}` : ''}` : '/learning',
  /** The import page, optionally attaching the pasted credential to a person. */
  importPage: (personId?: string): string => (personId ? `/import?person=${seg(personId)}` : '/import'),
  adminIssuers: (): string => '/admin/issuers',
};

/** Which top-level navigation item a path belongs to. */
export function navSectionOf(pathname: string): 'teams' | 'jobs' | 'organization' | 'learning' | 'import' | 'admin' | null {
  if (pathname === '/' || pathname === '/teams' || pathname.startsWith('/teams/') || pathname.startsWith('/people/')) return 'teams';
  if (pathname === '/jobs' || pathname.startsWith('/jobs/')) return 'jobs';
  if (pathname === '/organization') return 'organization';
  if (pathname === '/learning') return 'learning';
  if (pathname === '/import') return 'import';
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin';
  return null;
}
