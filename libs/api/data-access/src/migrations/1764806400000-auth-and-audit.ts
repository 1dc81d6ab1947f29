import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and audit (issue 5, PRODUCT.md §6).
 *
 * - `app_user`: local accounts of an organisation. `email` is stored lower-case and unique per
 *   organisation; `password_hash` is an argon2id PHC string; `roles` ⊆ {ADMIN, HR, MANAGER, LND};
 *   `person_id` links a manager to their own person record (the teams they manage are those with
 *   `team.manager_id = person_id`). Disabled users cannot sign in.
 * - `audit_event`: who (`actor_user_id`, null for an anonymous failed sign-in) did what (`action`, e.g.
 *   `auth.login`, `auth.login_failed`, `credential.import`) to which subject, with details, at which
 *   instant (UTC). Append-only by convention; the tamper-evident trail and RLS are a later issue.
 */
export class AuthAndAudit1764806400000 implements MigrationInterface {
  name = 'AuthAndAudit1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['ADMIN', 'HR', 'MANAGER', 'LND']::text[]),
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled boolean NOT NULL DEFAULT false,
        CONSTRAINT app_user_org_email_uq UNIQUE (organization_id, email)
      );
      CREATE INDEX app_user_email_idx ON app_user (email);

      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text,
        subject_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX audit_event_org_at_idx ON audit_event (organization_id, at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_event; DROP TABLE IF EXISTS app_user;`);
  }
}
