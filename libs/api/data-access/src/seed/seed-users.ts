import { hash, argon2id } from 'argon2';
import type { EntityManager } from 'typeorm';
import type { UserRole } from '../entities/app-user.entity';
import { stableUuid, type DemoPlan } from './demo-plan';

/** A demo account: sign in with `email` / `password` (listed in the README "Demo users"). */
export interface DemoUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  roles: UserRole[];
  /** The MANAGER's own person record (manager of the first demo team); null for the others. */
  personId: string | null;
}

/**
 * argon2id parameters for every password hash (OWASP 2024 minimum: m = 19 MiB, t = 2, p = 1; we use
 * m = 19 MiB, t = 3). The PHC string stores them, so verification follows whatever was used.
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 3, parallelism: 1 } as const;

/**
 * The four demo accounts, one per role (PRODUCT.md §6). Passwords are public demo values: never reuse
 * them. The MANAGER is the manager of the plan's first team (its person_id = that team's manager_id),
 * so they see that team only.
 */
export function demoUsers(plan: DemoPlan): DemoUser[] {
  const team = plan.teams[0];
  const manager = plan.people.find((p) => p.id === team?.managerId);
  const user = (role: UserRole, email: string, password: string, displayName: string, personId: string | null = null): DemoUser => ({
    id: stableUuid('demo-user', plan.organization.id, role), email, password, displayName, roles: [role], personId,
  });
  return [
    user('ADMIN', 'admin@skillproof.example', 'demo-admin-2025', 'Ada Admin'),
    user('HR', 'hr@skillproof.example', 'demo-hr-2025', 'Harriet Recruiter'),
    user('MANAGER', 'manager@skillproof.example', 'demo-manager-2025', manager?.displayName ?? 'Team Manager', team?.managerId ?? null),
    user('LND', 'lnd@skillproof.example', 'demo-lnd-2025', 'Lena Learning'),
  ];
}

/**
 * Adds the demo accounts of `plan` (idempotent: an existing email in the organisation is left as it
 * is). Runs inside the demo seed transaction, and on its own for a database seeded before accounts
 * existed. Hashes with argon2id ({@link PASSWORD_HASH_OPTIONS}).
 */
export async function seedDemoUsers(tx: Pick<EntityManager, 'query'>, plan: DemoPlan): Promise<number> {
  let created = 0;
  for (const u of demoUsers(plan)) {
    const rows: unknown[] = await tx.query(
      `INSERT INTO app_user (id, organization_id, email, display_name, password_hash, roles, person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [u.id, plan.organization.id, u.email, u.displayName, await hash(u.password, PASSWORD_HASH_OPTIONS), u.roles, u.personId],
    );
    created += rows.length;
  }
  return created;
}
