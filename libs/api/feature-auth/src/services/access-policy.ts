import type { Role } from '@skillproof/api-core';

/**
 * How a MANAGER's access to an operation is narrowed to the teams they manage (team.manager_id =
 * user.person_id): by the team id argument, the job id (its team), the person id (a member of their
 * team or themselves), a `teamId` argument that must be present and theirs, or an `input.teamId`
 * (mutations taking an input object) that must be theirs.
 */
export type ManagerScope = 'teamArg' | 'jobArg' | 'personArg' | 'teamIdArgRequired' | 'inputTeamIdRequired' | 'filteredList';

/** Who may run one top-level operation. */
export interface OperationPolicy {
  roles: readonly Role[];
  /** Extra check for a user whose only team-related role is MANAGER. */
  manager?: ManagerScope;
}

const ALL: readonly Role[] = ['ADMIN', 'HR', 'MANAGER', 'LND'];

/**
 * The access policy of every top-level GraphQL operation, keyed `Query.<field>` / `Mutation.<field>`
 * (see the lib README for the prose). ADMIN may run everything (also operations missing from this
 * table: deny by default for the other roles). `login` is public (decorator `@Public()`).
 */
export const OPERATION_POLICY: Readonly<Record<string, OperationPolicy>> = {
  // everyone signed in: who am I, the taxonomy and the catalogue
  'Query.me': { roles: ALL },
  'Query.skills': { roles: ALL },
  'Query.skill': { roles: ALL },
  'Query.credentialDefinitions': { roles: ALL },
  // teams (managers: their own; L&D: every team, read)
  'Query.teams': { roles: ['ADMIN', 'MANAGER', 'LND'], manager: 'filteredList' },
  'Query.team': { roles: ['ADMIN', 'MANAGER', 'LND'], manager: 'teamArg' },
  'Query.organizationSkillGaps': { roles: ['ADMIN', 'LND'] },
  // the target profile editor (issue 5): a manager edits their own teams' profiles
  'Mutation.setTeamTargetProfile': { roles: ['ADMIN', 'MANAGER'], manager: 'inputTeamIdRequired' },
  // jobs and matching (HR; managers: jobs of their teams)
  'Query.jobs': { roles: ['ADMIN', 'HR'] },
  'Query.job': { roles: ['ADMIN', 'HR', 'MANAGER'], manager: 'jobArg' },
  'Query.proposeRequirements': { roles: ['ADMIN', 'HR'] },
  // job editor, hiring pipeline (Job.pipeline is checked in its resolver: HR and ADMIN) and candidate CSV import
  'Mutation.createJob': { roles: ['ADMIN', 'HR'] },
  'Mutation.updateJob': { roles: ['ADMIN', 'HR'] },
  'Mutation.replaceJobRequirements': { roles: ['ADMIN', 'HR'] },
  'Mutation.moveApplication': { roles: ['ADMIN', 'HR'] },
  'Mutation.importCandidates': { roles: ['ADMIN', 'HR'] },
  'Query.hiringTeams': { roles: ['ADMIN', 'HR'] },
  'Query.proficiencyScale': { roles: ALL },
  // people and credentials (HR; L&D read; managers: their members)
  'Query.people': { roles: ['ADMIN', 'HR', 'MANAGER', 'LND'], manager: 'teamIdArgRequired' },
  'Query.person': { roles: ['ADMIN', 'HR', 'MANAGER', 'LND'], manager: 'personArg' },
  // L&D's flow ends by importing the credential that completes an assignment (issue 5)
  'Mutation.importCredential': { roles: ['ADMIN', 'HR', 'LND'] },
  'Query.importJob': { roles: ['ADMIN', 'HR'] },
  'Query.importJobs': { roles: ['ADMIN', 'HR'] },
  'Mutation.reverifyCredential': { roles: ['ADMIN', 'HR'] },
  // learning (L&D; managers read their team's)
  'Query.learningAssignments': { roles: ['ADMIN', 'LND', 'MANAGER'], manager: 'teamIdArgRequired' },
  'Query.expiringCredentials': { roles: ['ADMIN', 'LND', 'MANAGER'], manager: 'teamIdArgRequired' },
  'Mutation.assignCredential': { roles: ['ADMIN', 'LND'] },
  'Mutation.acceptUpskillingPlan': { roles: ['ADMIN', 'LND'] },
  'Mutation.updateAssignmentStatus': { roles: ['ADMIN', 'LND'] },
  // demo only (issue 5): sign a credential with the demo organisation's own issuer key
  'Query.demoIssuing': { roles: ['ADMIN', 'LND'] },
  'Mutation.issueDemoCredential': { roles: ['ADMIN', 'LND'] },
  // administration
  'Query.auditEvents': { roles: ['ADMIN'] },
  // issuer trust list (issue 3): read by everyone who imports, changed by ADMIN only
  'Query.issuers': { roles: ['ADMIN', 'HR', 'LND'] },
  'Mutation.setIssuerTrust': { roles: ['ADMIN'] },
};

/**
 * Field-level policy of an object type that several operations can reach (a Team through a job, a
 * person, a match…): `publicFields` are readable wherever the object is referenced; every other field
 * (also fields added later, in any feature lib) answers exactly as the top-level operation `sameAs`
 * would for that object's id — same roles, same MANAGER scope — else FORBIDDEN on that field.
 * Enforced by the global AuthGuard on field resolvers (`fieldResolverEnhancers: ['guards']`); a
 * guarded field must therefore have a resolver (a spec walks the schema and checks it).
 */
export interface TypeFieldPolicy {
  publicFields: readonly string[];
  /** `Query.team` / `Query.person`: its roles apply, and its manager scope on the parent object. */
  sameAs: string;
}

/**
 * - Team: `id`, `name` are public (a job, a person, an assignment shows which team); readiness, gaps,
 *   matrix, members, manager, jobs, target profile, forecast, trend, expiring credentials, upskilling
 *   plan… follow `team(id)`: ADMIN and LND any team, MANAGER only the teams they manage, HR none.
 * - Person: `id`, `kind`, `displayName`, `code`, `team` are public (a ranking shows internal
 *   candidates from other teams with their fit); `email`, `credentials`, `skills`, `claimedSkills`…
 *   follow `person(id)`: ADMIN, HR, LND anyone, MANAGER only members of their teams and themselves.
 */
export const TYPE_FIELD_POLICY: Readonly<Record<string, TypeFieldPolicy>> = {
  Team: { publicFields: ['id', 'name'], sameAs: 'Query.team' },
  Person: { publicFields: ['id', 'kind', 'displayName', 'code', 'team'], sameAs: 'Query.person' },
};

/** The policy of `operation` (`Query.x` / `Mutation.x`); unknown operations are ADMIN-only. */
export function policyOf(operation: string): OperationPolicy {
  return OPERATION_POLICY[operation] ?? { roles: ['ADMIN'] };
}

/**
 * Whether a user with `roles` may run an operation whose allowed roles are `allowed`, and whether the
 * manager scope applies (the user reaches it only through MANAGER).
 */
export function decide(roles: readonly Role[], allowed: readonly Role[]): 'deny' | 'allow' | 'managerScoped' {
  if (roles.includes('ADMIN')) return 'allow';
  const granted = roles.filter((r) => allowed.includes(r));
  if (!granted.length) return 'deny';
  return granted.every((r) => r === 'MANAGER') ? 'managerScoped' : 'allow';
}
