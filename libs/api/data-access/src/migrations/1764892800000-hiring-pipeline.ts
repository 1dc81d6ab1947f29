import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'APPLIED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'`;

/**
 * Hiring pipeline (PRODUCT.md §2 "Application", issue 5 HR part).
 *
 * - `application`: one person in one job's pipeline (unique per organisation, job and person) with its
 *   current `stage` (APPLIED, SCREENING, SHORTLISTED, INTERVIEW, OFFER, HIRED, REJECTED), created and
 *   last-moved instants (UTC).
 * - `application_stage_event`: every decision, append-only: from which stage (null when the person
 *   entered the pipeline) to which, WHY (`reason`: required, never blank, at most 2,000 characters —
 *   enforced here too, so no code path can store a move without one), WHO (`actor_user_id`, the
 *   signed-in user; set null only if that account is later deleted) and WHEN (`at`, UTC).
 *
 * Which moves are allowed is decided by the API (libs/api/feature-jobs, `pipeline-rules.ts`); the
 * table only refuses a "move" to the stage the application is already in.
 */
export class HiringPipeline1764892800000 implements MigrationInterface {
  name = 'HiringPipeline1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES job(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN (${STAGES})),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT application_job_person_uq UNIQUE (organization_id, job_id, person_id)
      );
      CREATE INDEX application_job_stage_idx ON application (organization_id, job_id, stage, updated_at DESC, id);
      CREATE INDEX application_person_idx ON application (organization_id, person_id);

      CREATE TABLE application_stage_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES application(id) ON DELETE CASCADE,
        from_stage text CHECK (from_stage IS NULL OR from_stage IN (${STAGES})),
        to_stage text NOT NULL CHECK (to_stage IN (${STAGES})),
        reason text NOT NULL CHECK (reason ~ '[^[:space:]]' AND length(reason) <= 2000),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (from_stage IS DISTINCT FROM to_stage)
      );
      CREATE INDEX application_stage_event_app_idx ON application_stage_event (application_id, at, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS application_stage_event; DROP TABLE IF EXISTS application;`);
  }
}
