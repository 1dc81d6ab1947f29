import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching top-N with early cut-off (issue 4): `job_match_bound` holds, per (job, person with counting
 * evidence on one of the job's skills), an UPPER BOUND of the person's ranking key for that job —
 * `eligible`, `fit`, `met` computed from the highest level of the counting evidence of each requirement
 * skill that has not ended by the job's horizon `since` (job_match_bound_job), ignoring validity starts
 * and the trusted-issuer rule, so for every asOf ≥ since the exact key is ≤ the bound
 * (lexicographically, eligible desc, fit desc, met desc). The horizon is set to the refresh time when a
 * job's requirements change (or by `job_match_bound_refresh(org, jobs, NULL, since)`). `fit` is rounded
 * UP by a relative 1e-6 (the stored `real` weights differ from the request's doubles by < 1e-7
 * relative), and is 100 exactly only when every requirement is met.
 * `rankCandidatesInDatabase` (with `jobId`) scores exactly only the best K people by bound and stops
 * once its page's last exact key beats the (K+1)-th bound; see rank-candidates-in-database.ts.
 *
 * Maintained inside the database by statement triggers, so every writer keeps it valid:
 * - attained_evidence INSERT (new credentials, alignments, re-verification, taxonomy edges): the bounds
 *   of the affected people are recomputed (per person, through attained_evidence_person_idx);
 * - job_requirement INSERT / UPDATE / DELETE: the bounds of the affected jobs are recomputed;
 * - evidence deletions leave the bound in place: it stays an upper bound (only looser) until the
 *   person's next refresh; job / person deletions remove their rows (statement triggers, no foreign keys).
 * `job_match_bound_refresh(org, jobs, people[, since])` (NULL = all) can also be called by hand.
 */
export class JobMatchBound1765065600001 implements MigrationInterface {
  name = 'JobMatchBound1765065600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_match_bound (
        -- No foreign keys: their per-row checks would triple the cost of bulk loads. Deleted jobs and
        -- people are removed by the statement triggers below; the fast path joins person anyway.
        job_id uuid NOT NULL,
        person_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        eligible boolean NOT NULL,
        fit double precision NOT NULL,
        met integer NOT NULL,
        PRIMARY KEY (job_id, person_id)
      );
      CREATE INDEX job_match_bound_rank_idx ON job_match_bound (job_id, eligible DESC, fit DESC, met DESC, person_id);
      CREATE INDEX job_match_bound_person_idx ON job_match_bound (person_id);
      -- The horizon of each job's bounds: evidence ending at or before \`since\` is left out, so the
      -- bounds hold for every asOf >= since (the fast path checks it; earlier asOf: every person scored).
      CREATE TABLE job_match_bound_job (
        job_id uuid PRIMARY KEY REFERENCES job(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        since timestamptz NOT NULL
      );

      -- Recomputes the bounds of the given jobs (NULL = all of org) for the given people (NULL = all).
      -- For whole jobs the horizon becomes \`new_since\` (default: now); for people it stays the job's.
      CREATE FUNCTION job_match_bound_refresh(org uuid, jobs uuid[], people uuid[], new_since timestamptz DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF people IS NULL THEN
          INSERT INTO job_match_bound_job (job_id, organization_id, since)
            SELECT j.id, org, coalesce(new_since, now()) FROM job j WHERE j.organization_id = org AND (jobs IS NULL OR j.id = ANY(jobs))
          ON CONFLICT (job_id) DO UPDATE SET since = excluded.since;
        ELSE
          INSERT INTO job_match_bound_job (job_id, organization_id, since)
            SELECT j.id, org, '-infinity' FROM job j WHERE j.organization_id = org AND (jobs IS NULL OR j.id = ANY(jobs))
          ON CONFLICT (job_id) DO NOTHING;
        END IF;
        -- Separate statements so that each uses its index (a generic plan of "x IS NULL OR ..." would not).
        IF people IS NOT NULL THEN
          DELETE FROM job_match_bound b
           WHERE b.person_id = ANY(people) AND b.organization_id = org AND (jobs IS NULL OR b.job_id = ANY(jobs));
        ELSIF jobs IS NOT NULL THEN
          DELETE FROM job_match_bound b WHERE b.job_id = ANY(jobs) AND b.organization_id = org;
        ELSE
          DELETE FROM job_match_bound b WHERE b.organization_id = org;
        END IF;
        CREATE TEMP TABLE IF NOT EXISTS job_match_bound_req (job_id uuid, skill_id text, min_level int, weight float8, must_have boolean, total float8, must_count int, since timestamptz, req_count int) ON COMMIT DROP;
        TRUNCATE job_match_bound_req;
        INSERT INTO job_match_bound_req
          SELECT r.job_id, r.skill_id, r.min_level, r.weight::float8, r.must_have,
                 sum(r.weight::float8) OVER (PARTITION BY r.job_id), (count(*) FILTER (WHERE r.must_have) OVER (PARTITION BY r.job_id))::int, h.since,
                 (count(*) OVER (PARTITION BY r.job_id))::int
            FROM job_requirement r JOIN job j ON j.id = r.job_id JOIN job_match_bound_job h ON h.job_id = r.job_id
           WHERE j.organization_id = org AND (jobs IS NULL OR r.job_id = ANY(jobs));
        ANALYZE job_match_bound_req;
        IF people IS NULL THEN
          -- Skill-driven: every person with counting evidence on the jobs' skills.
          INSERT INTO job_match_bound (job_id, person_id, organization_id, eligible, fit, met)
          SELECT b.job_id, b.person_id, org,
                 count(*) FILTER (WHERE b.must_have AND b.level >= b.min_level) = max(b.must_count),
                 CASE WHEN count(*) FILTER (WHERE b.level >= b.min_level) = count(*) AND count(*) = max(b.req_count) THEN 100::float8
                      ELSE least(100::float8, (100 * sum(CASE WHEN b.level >= b.min_level THEN b.weight WHEN b.level > 0 THEN b.weight * (b.level::float8 / b.min_level) ELSE 0 END)) / max(b.total) * (1 + 1e-6)) END,
                 (count(*) FILTER (WHERE b.level >= b.min_level))::int
            FROM (
              SELECT r.job_id, e.person_id, r.min_level, r.weight, r.must_have, r.total, r.must_count,
                     r.req_count, max(e.level) AS level
                FROM job_match_bound_req r
                JOIN attained_evidence e ON e.organization_id = org AND e.skill_id = r.skill_id AND e.counts
                 AND (e.valid_until IS NULL OR e.valid_until > r.since)
               GROUP BY r.job_id, r.skill_id, e.person_id, r.min_level, r.weight, r.must_have, r.total, r.must_count, r.req_count
            ) b
           GROUP BY b.job_id, b.person_id;
        ELSE
          -- Person-driven: each person's counting evidence in one range scan of attained_evidence_person_idx.
          INSERT INTO job_match_bound (job_id, person_id, organization_id, eligible, fit, met)
          SELECT b.job_id, b.person_id, org,
                 count(*) FILTER (WHERE b.must_have AND b.level >= b.min_level) = max(b.must_count),
                 CASE WHEN count(*) FILTER (WHERE b.level >= b.min_level) = count(*) AND count(*) = max(b.req_count) THEN 100::float8
                      ELSE least(100::float8, (100 * sum(CASE WHEN b.level >= b.min_level THEN b.weight WHEN b.level > 0 THEN b.weight * (b.level::float8 / b.min_level) ELSE 0 END)) / max(b.total) * (1 + 1e-6)) END,
                 (count(*) FILTER (WHERE b.level >= b.min_level))::int
            FROM (
              SELECT r.job_id, x.person_id, r.min_level, r.weight, r.must_have, r.total, r.must_count,
                     r.req_count, max(x.level) AS level
                FROM (SELECT DISTINCT unnest(people) AS person_id) p
                CROSS JOIN LATERAL (
                  SELECT e.person_id, e.skill_id, e.level, e.valid_until FROM attained_evidence e
                   WHERE e.organization_id = org AND e.person_id = p.person_id AND e.counts) x
                JOIN job_match_bound_req r ON r.skill_id = x.skill_id AND (x.valid_until IS NULL OR x.valid_until > r.since)
               GROUP BY r.job_id, r.skill_id, x.person_id, r.min_level, r.weight, r.must_have, r.total, r.must_count, r.req_count
            ) b
           GROUP BY b.job_id, b.person_id;
        END IF;
      END
      $fn$;

      CREATE FUNCTION job_match_bound_on_evidence_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        o record;
      BEGIN
        FOR o IN SELECT organization_id, array_agg(DISTINCT person_id) AS people FROM new_rows WHERE counts GROUP BY organization_id LOOP
          PERFORM job_match_bound_refresh(o.organization_id, NULL, o.people);
        END LOOP;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER job_match_bound_evidence_insert AFTER INSERT ON attained_evidence
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_evidence_insert();

      CREATE FUNCTION job_match_bound_refresh_jobs(jobs uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        o record;
      BEGIN
        FOR o IN SELECT j.organization_id, array_agg(j.id) AS jobs FROM job j WHERE j.id = ANY(jobs) GROUP BY j.organization_id LOOP
          PERFORM job_match_bound_refresh(o.organization_id, o.jobs, NULL);
        END LOOP;
      END
      $fn$;
      CREATE FUNCTION job_match_bound_on_requirement_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM job_match_bound_refresh_jobs((SELECT array_agg(DISTINCT job_id) FROM new_rows));
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION job_match_bound_on_requirement_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM job_match_bound_refresh_jobs((SELECT array_agg(DISTINCT job_id) FROM (SELECT job_id FROM old_rows UNION SELECT job_id FROM new_rows) x));
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION job_match_bound_on_requirement_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM job_match_bound_refresh_jobs((SELECT array_agg(DISTINCT job_id) FROM old_rows));
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER job_match_bound_requirement_insert AFTER INSERT ON job_requirement
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_requirement_insert();
      CREATE TRIGGER job_match_bound_requirement_update AFTER UPDATE ON job_requirement
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_requirement_update();
      CREATE TRIGGER job_match_bound_requirement_delete AFTER DELETE ON job_requirement
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_requirement_delete();

      CREATE FUNCTION job_match_bound_on_job_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM job_match_bound b USING old_rows o WHERE b.job_id = o.id;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER job_match_bound_job_delete AFTER DELETE ON job
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_job_delete();
      CREATE FUNCTION job_match_bound_on_person_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM job_match_bound b USING old_rows o WHERE b.person_id = o.id;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER job_match_bound_person_delete AFTER DELETE ON person
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_match_bound_on_person_delete();
    `);
    // Existing data.
    await q.query(`SELECT job_match_bound_refresh(id, NULL, NULL) FROM organization`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS job_match_bound_requirement_delete ON job_requirement;
      DROP TRIGGER IF EXISTS job_match_bound_requirement_update ON job_requirement;
      DROP TRIGGER IF EXISTS job_match_bound_requirement_insert ON job_requirement;
      DROP TRIGGER IF EXISTS job_match_bound_evidence_insert ON attained_evidence;
      DROP TRIGGER IF EXISTS job_match_bound_person_delete ON person;
      DROP TRIGGER IF EXISTS job_match_bound_job_delete ON job;
      DROP FUNCTION IF EXISTS job_match_bound_on_person_delete(), job_match_bound_on_job_delete(), job_match_bound_on_requirement_delete(), job_match_bound_on_requirement_update(),
        job_match_bound_on_requirement_insert(), job_match_bound_refresh_jobs(uuid[]), job_match_bound_on_evidence_insert(),
        job_match_bound_refresh(uuid, uuid[], uuid[], timestamptz);
      DROP TABLE IF EXISTS job_match_bound, job_match_bound_job;
    `);
  }
}
