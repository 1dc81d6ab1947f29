import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk import jobs and their items (issue 3), organisation-scoped. */
export class ImportJobs1764547200000 implements MigrationInterface {
  name = 'ImportJobs1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        filename text NOT NULL,
        format text NOT NULL CHECK (format IN ('JSON', 'NDJSON', 'ZIP', 'CSV')),
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        processed integer NOT NULL DEFAULT 0 CHECK (processed >= 0 AND processed <= total),
        verified integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        indeterminate integer NOT NULL DEFAULT 0,
        duplicates integer NOT NULL DEFAULT 0,
        errors integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        error text
      );
      CREATE INDEX import_job_org_created_idx ON import_job (organization_id, created_at DESC);
      CREATE INDEX import_job_unfinished_idx ON import_job (status) WHERE status IN ('QUEUED', 'RUNNING');
      CREATE TABLE import_item (
        job_id uuid NOT NULL REFERENCES import_job(id) ON DELETE CASCADE,
        index integer NOT NULL CHECK (index >= 0),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        source text NOT NULL,
        document text,
        person_email text,
        content_hash text,
        status text NOT NULL CHECK (status IN ('PENDING', 'DONE', 'ERROR')),
        credential_id uuid REFERENCES credential(id) ON DELETE SET NULL,
        outcome text CHECK (outcome IS NULL OR outcome IN ('VERIFIED', 'FAILED', 'INDETERMINATE', 'DUPLICATE', 'ERROR')),
        reasons text[] NOT NULL DEFAULT '{}',
        error_message text,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        PRIMARY KEY (job_id, index)
      );
      CREATE INDEX import_item_org_job_status_idx ON import_item (organization_id, job_id, status);
      CREATE INDEX credential_status_verified_idx ON credential (verification_status, verified_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS credential_status_verified_idx; DROP TABLE import_item; DROP TABLE import_job;`);
  }
}
