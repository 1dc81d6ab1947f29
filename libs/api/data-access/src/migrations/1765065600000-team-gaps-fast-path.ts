import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Team gaps at the database (issue 4): `attained_evidence_person_idx` reads one person's counting
 * evidence in one index range scan (index-only: skill, level, validity window and issuer trust are included), so
 * `teamGapsInDatabase` costs O(team members × their evidence) whatever the size of the rest of the
 * organisation (100,000 candidates do not slow a team's coverage down). Partial on `counts` like
 * `attained_evidence_match_idx`: rows that never count are not indexed.
 */
export class TeamGapsFastPath1765065600000 implements MigrationInterface {
  name = 'TeamGapsFastPath1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS attained_evidence_person_idx ON attained_evidence (organization_id, person_id)
      INCLUDE (skill_id, level, valid_from, valid_until, issuer_trusted) WHERE counts`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS attained_evidence_person_idx`);
  }
}
