import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning assignments (PRODUCT.md §2, §5 — L&D asks an employee to earn a credential definition by a
 * due date) and their automatic completion.
 *
 * - `learning_assignment`: status ASSIGNED → IN_PROGRESS → COMPLETED | CANCELLED (the transition rules
 *   live in @skillproof/domain-learning); the CHECKs keep `completed_at` / `cancelled_at` consistent with
 *   the status. At most one OPEN (ASSIGNED / IN_PROGRESS) assignment per person and definition (partial
 *   unique index), so concurrent duplicate requests cannot create two.
 * - AUTO-COMPLETION is a database trigger on `credential`, so it works whichever import path writes the
 *   credential (GraphQL import, bulk import, CLI, re-verification): when a row has
 *   verification_status = 'VERIFIED', a person and a definition (on INSERT, or on UPDATE of one of
 *   those columns) and is not past its validUntil, that person's open assignments of that definition
 *   become COMPLETED with completed_at = now() and completed_by_credential_id = the credential. FAILED,
 *   INDETERMINATE and CLAIMED credentials never complete anything.
 */
export class LearningAssignments1764720000000 implements MigrationInterface {
  name = 'LearningAssignments1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        definition_id uuid NOT NULL REFERENCES credential_definition(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'ASSIGNED' CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        due_date timestamptz NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        completed_by_credential_id uuid REFERENCES credential(id) ON DELETE SET NULL,
        cancelled_at timestamptz,
        note text,
        created_by text,
        CONSTRAINT learning_assignment_completed_ck CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
        CONSTRAINT learning_assignment_cancelled_ck CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX learning_assignment_open_uq ON learning_assignment (organization_id, person_id, definition_id)
        WHERE status IN ('ASSIGNED', 'IN_PROGRESS');
      CREATE INDEX learning_assignment_org_status_due_idx ON learning_assignment (organization_id, status, due_date);
      CREATE INDEX learning_assignment_org_person_idx ON learning_assignment (organization_id, person_id);

      CREATE FUNCTION learning_assignment_complete_on_credential() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NEW.verification_status = 'VERIFIED' AND NEW.person_id IS NOT NULL AND NEW.definition_id IS NOT NULL
           AND (NEW.valid_until IS NULL OR NEW.valid_until > now()) THEN
          UPDATE learning_assignment
             SET status = 'COMPLETED', completed_at = now(), completed_by_credential_id = NEW.id
           WHERE organization_id = NEW.organization_id AND person_id = NEW.person_id
             AND definition_id = NEW.definition_id AND status IN ('ASSIGNED', 'IN_PROGRESS');
        END IF;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER credential_completes_learning_assignment
        AFTER INSERT OR UPDATE OF verification_status, person_id, definition_id ON credential
        FOR EACH ROW EXECUTE FUNCTION learning_assignment_complete_on_credential();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS credential_completes_learning_assignment ON credential;
      DROP FUNCTION IF EXISTS learning_assignment_complete_on_credential();
      DROP TABLE IF EXISTS learning_assignment;
    `);
  }
}
