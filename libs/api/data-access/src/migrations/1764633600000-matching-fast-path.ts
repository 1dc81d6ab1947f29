import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The columns of `attained_evidence` rows produced from `credential c`, `credential_alignment a`,
 * `skill_closure sc` (aligned skill → itself and every broader ancestor) and `issuer i` (LEFT JOIN).
 * `counts` mirrors EvidenceService: VERIFIED, or FAILED whose only reasons are EXPIRED /
 * NOT_YET_VALID (the validity window is then judged at query time, at `asOf`). CLAIMED credentials
 * never get rows (never scored); credentials without a person neither.
 */
const ROW_SELECT = `
  SELECT c.organization_id, sc.ancestor_id, c.person_id, c.id, a.skill_id, a.level,
         coalesce(c.valid_from, c.issued_on), c.valid_until,
         (c.verification_status = 'VERIFIED' OR (c.verification_status = 'FAILED'
           AND jsonb_typeof(c.verification_report->'reasons') = 'array'
           AND jsonb_array_length(c.verification_report->'reasons') > 0
           AND (c.verification_report->'reasons') <@ '["EXPIRED", "NOT_YET_VALID"]'::jsonb)),
         coalesce(i.trusted, false)`;
const ROW_COLUMNS = `(organization_id, skill_id, person_id, credential_id, aligned_skill_id, level, valid_from, valid_until, counts, issuer_trusted)`;
const ROW_FILTER = `c.person_id IS NOT NULL AND c.verification_status <> 'CLAIMED'`;
const ISSUER_JOIN = `LEFT JOIN issuer i ON i.id = c.issuer_id AND i.organization_id = c.organization_id`;

/**
 * Matching fast path (issue 4): the taxonomy closure `skill_closure` and the derived
 * `attained_evidence` table, both maintained INSIDE the database by triggers, so that every writer
 * (import, bulk import, re-verification, seed, psql) keeps them correct without application hooks.
 *
 * - `skill_closure (skill_id, ancestor_id, path_length)`: every skill with itself (0) and each broader
 *   ancestor (shortest path length). Maintained by statement triggers: skill insert
 *   adds self rows; new `skill_broader` edges extend the closure incrementally (fixpoint); deleted /
 *   updated edges recompute the closure of the skills below them; TRUNCATE rebuilds everything
 *   (`skill_closure_rebuild()`, also callable by hand). A cycle aborts the statement with SQLSTATE
 *   23514, HINT `TAXONOMY_CYCLE`, DETAIL the JSON path, and the message of TaxonomyCycleError:
 *   `Skill taxonomy has a cycle: A → B → A`. Added / removed closure pairs are propagated to
 *   `attained_evidence`.
 * - `attained_evidence`: one row per (credential, aligned skill, aligned skill or ancestor) of a
 *   non-CLAIMED credential attached to a person, with level, window start (validFrom, else issuedOn),
 *   window end, `counts` and the issuer's `trusted` flag. Maintained by statement-level triggers on
 *   credential (insert, update), credential_alignment (insert, update, delete) and issuer (update);
 *   credential deletion cascades.
 */
export class MatchingFastPath1764633600000 implements MigrationInterface {
  name = 'MatchingFastPath1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skill_closure (
        skill_id text NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        ancestor_id text NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        path_length integer NOT NULL CHECK (path_length >= 0),
        PRIMARY KEY (skill_id, ancestor_id)
      );
      CREATE INDEX skill_closure_ancestor_idx ON skill_closure (ancestor_id, skill_id);

      CREATE TABLE attained_evidence (
        organization_id uuid NOT NULL,
        skill_id text NOT NULL,
        person_id uuid NOT NULL,
        credential_id uuid NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
        aligned_skill_id text NOT NULL,
        level integer NOT NULL,
        valid_from timestamptz,
        valid_until timestamptz,
        counts boolean NOT NULL,
        issuer_trusted boolean NOT NULL,
        PRIMARY KEY (credential_id, aligned_skill_id, skill_id)
      );
      CREATE INDEX attained_evidence_match_idx ON attained_evidence (organization_id, skill_id, person_id)
        INCLUDE (level, valid_from, valid_until, issuer_trusted) WHERE counts;

      CREATE FUNCTION skill_closure_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM skill_closure_assert_acyclic(NULL);
        CREATE TEMP TABLE IF NOT EXISTS skill_closure_next (skill_id text, ancestor_id text, path_length integer) ON COMMIT DROP;
        TRUNCATE skill_closure_next;
        INSERT INTO skill_closure_next
        WITH RECURSIVE up(skill_id, ancestor_id, len) AS (
          SELECT id, id, 0 FROM skill
          UNION
          SELECT u.skill_id, b.broader_id, u.len + 1 FROM up u JOIN skill_broader b ON b.skill_id = u.ancestor_id
        )
        SELECT skill_id, ancestor_id, min(len) FROM up GROUP BY skill_id, ancestor_id;

        -- Pairs that disappear: their inferred evidence goes too.
        DELETE FROM attained_evidence e USING skill_closure o
         WHERE o.skill_id = e.aligned_skill_id AND o.ancestor_id = e.skill_id
           AND NOT EXISTS (SELECT 1 FROM skill_closure_next n WHERE n.skill_id = o.skill_id AND n.ancestor_id = o.ancestor_id);
        DELETE FROM skill_closure o
         WHERE NOT EXISTS (SELECT 1 FROM skill_closure_next n WHERE n.skill_id = o.skill_id AND n.ancestor_id = o.ancestor_id);
        UPDATE skill_closure o SET path_length = n.path_length FROM skill_closure_next n
         WHERE n.skill_id = o.skill_id AND n.ancestor_id = o.ancestor_id AND n.path_length <> o.path_length;
        -- New pairs: inferred evidence for the alignments to the narrower skill.
        CREATE TEMP TABLE IF NOT EXISTS skill_closure_added (skill_id text, ancestor_id text) ON COMMIT DROP;
        TRUNCATE skill_closure_added;
        INSERT INTO skill_closure_added
          SELECT n.skill_id, n.ancestor_id FROM skill_closure_next n
           WHERE NOT EXISTS (SELECT 1 FROM skill_closure o WHERE o.skill_id = n.skill_id AND o.ancestor_id = n.ancestor_id);
        INSERT INTO skill_closure (skill_id, ancestor_id, path_length)
          SELECT n.skill_id, n.ancestor_id, n.path_length FROM skill_closure_next n
            JOIN skill_closure_added d ON d.skill_id = n.skill_id AND d.ancestor_id = n.ancestor_id;
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM skill_closure_added sc
          JOIN credential_alignment a ON a.skill_id = sc.skill_id
          JOIN credential c ON c.id = a.credential_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER};
      END
      $fn$;

      -- Cycle check over the walks starting at the given edges (all edges when NULL): raises the
      -- TaxonomyCycleError message with the shortest offending path.
      CREATE FUNCTION skill_closure_assert_acyclic(starts text[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        cyc text[];
      BEGIN
        WITH RECURSIVE walk(path, cyclic) AS (
          SELECT ARRAY[b.skill_id, b.broader_id], b.skill_id = b.broader_id FROM skill_broader b
           WHERE starts IS NULL OR b.skill_id = ANY(starts)
          UNION ALL
          SELECT w.path || b.broader_id, b.broader_id = ANY(w.path)
            FROM walk w JOIN skill_broader b ON b.skill_id = w.path[array_length(w.path, 1)]
           WHERE NOT w.cyclic
        )
        SELECT path INTO cyc FROM walk WHERE cyclic ORDER BY array_length(path, 1), path LIMIT 1;
        IF cyc IS NOT NULL THEN
          cyc := cyc[array_position(cyc, cyc[array_length(cyc, 1)]):array_length(cyc, 1)];
          RAISE EXCEPTION 'Skill taxonomy has a cycle: %', array_to_string(cyc, ' → ')
            USING ERRCODE = '23514', DETAIL = to_json(cyc)::text, HINT = 'TAXONOMY_CYCLE';
        END IF;
      END
      $fn$;

      -- Recomputes the closure rows of the given skills (after edges below them were removed or
      -- changed) and propagates removed / added pairs to attained_evidence.
      CREATE FUNCTION skill_closure_recompute(skills text[]) RETURNS void LANGUAGE sql AS $fn$
        WITH RECURSIVE up(skill_id, ancestor_id, len) AS (
          SELECT s, s, 0 FROM unnest(skills) AS s
          UNION
          SELECT u.skill_id, b.broader_id, u.len + 1 FROM up u JOIN skill_broader b ON b.skill_id = u.ancestor_id
        ),
        nxt AS (SELECT skill_id, ancestor_id, min(len) AS path_length FROM up GROUP BY skill_id, ancestor_id),
        removed AS (
          DELETE FROM skill_closure o WHERE o.skill_id = ANY(skills)
             AND NOT EXISTS (SELECT 1 FROM nxt n WHERE n.skill_id = o.skill_id AND n.ancestor_id = o.ancestor_id)
          RETURNING o.skill_id, o.ancestor_id
        ),
        removed_evidence AS (
          DELETE FROM attained_evidence e USING removed r WHERE e.aligned_skill_id = r.skill_id AND e.skill_id = r.ancestor_id
        ),
        upserted AS (
          INSERT INTO skill_closure (skill_id, ancestor_id, path_length) SELECT skill_id, ancestor_id, path_length FROM nxt
          ON CONFLICT (skill_id, ancestor_id) DO UPDATE SET path_length = excluded.path_length
           WHERE skill_closure.path_length <> excluded.path_length
          RETURNING skill_id, ancestor_id
        )
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM upserted sc
          JOIN credential_alignment a ON a.skill_id = sc.skill_id
          JOIN credential c ON c.id = a.credential_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER}
        ON CONFLICT DO NOTHING;
      $fn$;

      CREATE FUNCTION skill_closure_on_skill_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO skill_closure (skill_id, ancestor_id, path_length) SELECT id, id, 0 FROM new_rows ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $fn$;

      -- New edges: extend the closure incrementally to a fixpoint (edges of one statement may chain),
      -- keeping the shortest path lengths; then reject cycles.
      CREATE FUNCTION skill_closure_on_broader_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changed bigint;
        starts text[];
      BEGIN
        LOOP
          WITH cand AS (
            SELECT d.skill_id, a.ancestor_id, min(d.path_length + 1 + a.path_length) AS path_length
              FROM new_rows e
              JOIN skill_closure d ON d.ancestor_id = e.skill_id
              JOIN skill_closure a ON a.skill_id = e.broader_id
             GROUP BY d.skill_id, a.ancestor_id
          ),
          upserted AS (
            INSERT INTO skill_closure (skill_id, ancestor_id, path_length) SELECT skill_id, ancestor_id, path_length FROM cand
            ON CONFLICT (skill_id, ancestor_id) DO UPDATE SET path_length = excluded.path_length
             WHERE skill_closure.path_length > excluded.path_length
            RETURNING skill_id, ancestor_id
          ),
          evidence AS (
            INSERT INTO attained_evidence ${ROW_COLUMNS}
              ${ROW_SELECT}
              FROM upserted sc
              JOIN credential_alignment a ON a.skill_id = sc.skill_id
              JOIN credential c ON c.id = a.credential_id
              ${ISSUER_JOIN}
              WHERE ${ROW_FILTER}
            ON CONFLICT DO NOTHING
          )
          SELECT count(*) INTO changed FROM upserted;
          EXIT WHEN changed = 0;
        END LOOP;
        IF EXISTS (SELECT 1 FROM new_rows e JOIN skill_closure c ON c.skill_id = e.broader_id AND c.ancestor_id = e.skill_id) THEN
          SELECT array_agg(DISTINCT skill_id) INTO starts FROM new_rows;
          PERFORM skill_closure_assert_acyclic(starts);
        END IF;
        RETURN NULL;
      END
      $fn$;

      CREATE FUNCTION skill_closure_on_broader_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        below text[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          PERFORM skill_closure_assert_acyclic((SELECT array_agg(DISTINCT skill_id) FROM new_rows));
          SELECT array_agg(DISTINCT c.skill_id) INTO below FROM skill_closure c
           WHERE c.ancestor_id IN (SELECT skill_id FROM old_rows UNION SELECT skill_id FROM new_rows);
        ELSE
          SELECT array_agg(DISTINCT c.skill_id) INTO below FROM skill_closure c WHERE c.ancestor_id IN (SELECT skill_id FROM old_rows);
        END IF;
        IF below IS NOT NULL THEN PERFORM skill_closure_recompute(below); END IF;
        RETURN NULL;
      END
      $fn$;

      CREATE FUNCTION skill_closure_on_broader_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM skill_closure_rebuild();
        RETURN NULL;
      END
      $fn$;

      CREATE TRIGGER skill_closure_on_skill AFTER INSERT ON skill
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_closure_on_skill_insert();
      CREATE TRIGGER skill_closure_on_broader_insert AFTER INSERT ON skill_broader
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_closure_on_broader_insert();
      CREATE TRIGGER skill_closure_on_broader_update AFTER UPDATE ON skill_broader
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_closure_on_broader_change();
      CREATE TRIGGER skill_closure_on_broader_delete AFTER DELETE ON skill_broader
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION skill_closure_on_broader_change();
      CREATE TRIGGER skill_closure_on_broader_truncate AFTER TRUNCATE ON skill_broader
        FOR EACH STATEMENT EXECUTE FUNCTION skill_closure_on_broader_truncate();

      -- credential_alignment
      CREATE FUNCTION attained_on_alignment_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM new_rows a
          JOIN credential c ON c.id = a.credential_id
          JOIN skill_closure sc ON sc.skill_id = a.skill_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER};
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION attained_on_alignment_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM attained_evidence e USING old_rows o
         WHERE e.credential_id = o.credential_id AND e.aligned_skill_id = o.skill_id;
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION attained_on_alignment_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM attained_evidence e USING old_rows o
         WHERE e.credential_id = o.credential_id AND e.aligned_skill_id = o.skill_id;
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM new_rows a
          JOIN credential c ON c.id = a.credential_id
          JOIN skill_closure sc ON sc.skill_id = a.skill_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER};
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER attained_alignment_insert AFTER INSERT ON credential_alignment
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_alignment_insert();
      CREATE TRIGGER attained_alignment_delete AFTER DELETE ON credential_alignment
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_alignment_delete();
      CREATE TRIGGER attained_alignment_update AFTER UPDATE ON credential_alignment
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_alignment_update();

      -- credential (deletion cascades through the foreign key)
      CREATE FUNCTION attained_on_credential_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM new_rows n
          JOIN credential c ON c.id = n.id
          JOIN credential_alignment a ON a.credential_id = c.id
          JOIN skill_closure sc ON sc.skill_id = a.skill_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER};
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION attained_on_credential_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS attained_changed_credential (id uuid) ON COMMIT DROP;
        TRUNCATE attained_changed_credential;
        INSERT INTO attained_changed_credential
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.organization_id, n.person_id, n.issuer_id, n.issued_on, n.valid_from, n.valid_until, n.verification_status, n.verification_report)
                 IS DISTINCT FROM (o.organization_id, o.person_id, o.issuer_id, o.issued_on, o.valid_from, o.valid_until, o.verification_status, o.verification_report);
        DELETE FROM attained_evidence e USING attained_changed_credential x WHERE e.credential_id = x.id;
        INSERT INTO attained_evidence ${ROW_COLUMNS}
          ${ROW_SELECT}
          FROM attained_changed_credential x
          JOIN credential c ON c.id = x.id
          JOIN credential_alignment a ON a.credential_id = c.id
          JOIN skill_closure sc ON sc.skill_id = a.skill_id
          ${ISSUER_JOIN}
          WHERE ${ROW_FILTER};
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER attained_credential_insert AFTER INSERT ON credential
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_credential_insert();
      CREATE TRIGGER attained_credential_update AFTER UPDATE ON credential
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_credential_update();

      -- issuer trust
      CREATE FUNCTION attained_on_issuer_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE attained_evidence e SET issuer_trusted = n.trusted
          FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN credential c ON c.issuer_id = n.id AND c.organization_id = n.organization_id
         WHERE n.trusted IS DISTINCT FROM o.trusted AND e.credential_id = c.id AND e.issuer_trusted IS DISTINCT FROM n.trusted;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER attained_issuer_update AFTER UPDATE ON issuer
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attained_on_issuer_update();
    `);
    // Existing data: closure first (its "added" pairs also fill attained_evidence for inferred rows),
    // then direct rows are covered too since every self pair is new.
    await q.query(`SELECT skill_closure_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS attained_issuer_update ON issuer;
      DROP TRIGGER IF EXISTS attained_credential_update ON credential;
      DROP TRIGGER IF EXISTS attained_credential_insert ON credential;
      DROP TRIGGER IF EXISTS attained_alignment_update ON credential_alignment;
      DROP TRIGGER IF EXISTS attained_alignment_delete ON credential_alignment;
      DROP TRIGGER IF EXISTS attained_alignment_insert ON credential_alignment;
      DROP TRIGGER IF EXISTS skill_closure_on_broader_truncate ON skill_broader;
      DROP TRIGGER IF EXISTS skill_closure_on_broader_delete ON skill_broader;
      DROP TRIGGER IF EXISTS skill_closure_on_broader_update ON skill_broader;
      DROP TRIGGER IF EXISTS skill_closure_on_broader_insert ON skill_broader;
      DROP TRIGGER IF EXISTS skill_closure_on_skill ON skill;
      DROP FUNCTION IF EXISTS attained_on_issuer_update(), attained_on_credential_update(), attained_on_credential_insert(),
        attained_on_alignment_update(), attained_on_alignment_delete(), attained_on_alignment_insert(),
        skill_closure_on_broader_truncate(), skill_closure_on_broader_change(), skill_closure_on_broader_insert(),
        skill_closure_on_skill_insert(), skill_closure_recompute(text[]), skill_closure_rebuild(), skill_closure_assert_acyclic(text[]);
      DROP TABLE IF EXISTS attained_evidence, skill_closure;
    `);
  }
}
