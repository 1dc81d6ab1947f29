import { countingStatusSql } from './counting-status.sql';
/** Anything that runs SQL with positional parameters (a TypeORM DataSource / EntityManager, a pg Client). */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** One requirement as the fast path reads it (already validated and canonical, in job order). */
export interface FastPathRequirement {
  /** Canonical skill id (a `skill.id`). */
  skillId: string;
  /** ≥ 0, organisation's scale; 0 = presence. */
  minLevel: number;
  /** > 0. */
  weight: number;
  mustHave: boolean;
  requireTrustedIssuer: boolean;
}

/** Input of {@link rankCandidatesInDatabase}. */
export interface FastPathRankInput {
  organizationId: string;
  requirements: readonly FastPathRequirement[];
  /** Σ weight computed in TypeScript in requirement order (same double as `prepareJob`). */
  totalWeight: number;
  asOf: Date;
  includeEmployees: boolean;
  eligibleOnly: boolean;
  limit: number;
  offset: number;
  /** Restrict the pool to these people (tests); default: the organisation's candidates (+ employees). */
  personIds?: readonly string[];
  /** Also return every credential of each page person (`FastPathScore.credentials`), in the same statement. */
  withEvidence?: boolean;
  /**
   * The job whose stored requirements these are: enables the top-N early cut-off on `job_match_bound`
   * (used when `eligibleOnly` is false, no `personIds`, `limit` > 0 and `totalWeight` > 0, and the
   * stored requirements have the same skills, levels and must-haves; otherwise the whole pool is scored).
   */
  jobId?: string;
  /** People scored exactly in the first cut-off round (default max(4 × (offset + limit), 200); tests use small values). */
  boundBatch?: number;
}

/** A credential as the pure matching functions read it (CredentialEvidence of @skillproof/domain-model). */
export interface FastPathCredential {
  id: string; personId: string; name: string; definitionId: string | null; issuerId: string | null; issuerName: string | null;
  issuerTrusted: boolean; issuedOn: Date | null; validFrom: Date | null; validUntil: Date | null;
  status: 'VERIFIED' | 'FAILED' | 'INDETERMINATE' | 'CLAIMED'; alignments: { skillId: string; level: number }[];
}

/** One ranked person: exactly the fields of `CandidateScore` of @skillproof/domain-matching. */
export interface FastPathScore {
  personId: string;
  /** 0..100 */
  fit: number;
  eligible: boolean;
  metCount: number;
  mustHaveUnmetCount: number;
  /** With `withEvidence`: every credential of the person (any status), by id. */
  credentials?: FastPathCredential[];
}

/**
 * The SQL of the ranking. Attained level per (person, requirement) = max(level) over
 * `attained_evidence` rows of the requirement skill (aligned skill or narrower, via the closure) that
 * count and are current at `asOf` (start ≤ asOf < end, open ends), index-driven on
 * `attained_evidence_match_idx`; only people with evidence are aggregated, everyone else has the
 * constant "no evidence" score. Floating point rule: the weighted sum is accumulated in float8 in
 * requirement order (`sum(... ORDER BY ord)`, skipping exact zeros, which never change an IEEE sum),
 * each term `weight * 1` or `weight * (level::float8 / minLevel)`, then `(100 * weighted) / totalWeight`
 * clamped to 0..100: the same operations in the same order as `scoreCandidate` + `fitFrom`, so the
 * doubles are bit-identical (weights and the total are sent from TypeScript as float8, never read back
 * from the `real` column). Order: eligible desc, fit desc, metCount desc, person id asc (uuid order =
 * byte order of the lower-case text = the code-unit order of `compareStrings`).
 */
/**
 * Every credential of a page row's person, in the row shape of EvidenceService.forPeople (same rule:
 * FAILED only for EXPIRED / NOT_YET_VALID is passed as VERIFIED, the window being judged at asOf),
 * ordered by credential id. Evaluated for the page rows only (after LIMIT).
 */
const PAGE_EVIDENCE_SQL = `
      SELECT coalesce(json_agg(json_build_object(
               'id', c.id, 'personId', c.person_id, 'name', c.name, 'definitionId', c.definition_id, 'issuerId', c.issuer_id,
               'issuerName', coalesce(i.name, c.issuer_name), 'issuerTrusted', coalesce(i.trusted, false),
               'issuedOn', c.issued_on, 'validFrom', c.valid_from, 'validUntil', c.valid_until,
               'status', ${countingStatusSql('c')},
               'alignments', coalesce((SELECT json_agg(json_build_object('skillId', a.skill_id, 'level', a.level) ORDER BY a.skill_id)
                                         FROM credential_alignment a WHERE a.credential_id = c.id), '[]'::json))
             ORDER BY c.id), '[]'::json)
        FROM credential c LEFT JOIN issuer i ON i.id = c.issuer_id AND i.organization_id = c.organization_id
       WHERE c.organization_id = $1 AND c.person_id = pg."personId"`;

/**
 * The ranking statement, in two shapes (one planned statement each, so that the planner neither costs
 * nor JIT-compiles the branch that does not run):
 * - `pool`: the whole pool; evidence read per requirement skill through attained_evidence_match_idx;
 * - `people`: a list of people — `$13` (tests), else the best `$16` by stored bound for job `$15`
 *   (`cand`) — each one's evidence read in one range scan of attained_evidence_person_idx.
 */
function rankSql(mode: 'pool' | 'people'): string {
  const people = mode === 'people';
  return `
WITH req AS (
  SELECT r.skill_id, r.weight, r.min_level, r.must_have, r.trusted, r.ord
    FROM unnest($2::text[], $3::float8[], $4::float8[], $5::boolean[], $6::boolean[])
         WITH ORDINALITY AS r(skill_id, weight, min_level, must_have, trusted, ord)
),
${people ? `-- Bound mode ($15 = job id): the best $16 + 1 people of the pool by their stored upper bound
-- (job_match_bound, migration 1765065600001), in bound order; the first $16 are scored exactly.
-- Bounds hold for asOf >= the job's horizon only: before it, no candidate (the caller scores everyone).
cand AS MATERIALIZED (
  SELECT b.person_id, b.eligible, b.fit, b.met
    FROM job_match_bound b
    JOIN person p ON p.id = b.person_id AND p.organization_id = $1 AND (p.kind = 'CANDIDATE' OR $8::boolean)
   WHERE $15::uuid IS NOT NULL AND b.job_id = $15::uuid AND b.organization_id = $1
     AND $7::timestamptz >= (SELECT h.since FROM job_match_bound_job h WHERE h.job_id = $15::uuid AND h.organization_id = $1)
   ORDER BY b.eligible DESC, b.fit DESC, b.met DESC, b.person_id
   LIMIT $16::int + 1
),
sel AS MATERIALIZED (
  SELECT CASE WHEN $13::uuid[] IS NOT NULL THEN $13::uuid[]
              WHEN $15::uuid IS NOT NULL THEN (SELECT coalesce(array_agg(x.person_id), '{}') FROM (SELECT c.person_id FROM cand c ORDER BY c.eligible DESC, c.fit DESC, c.met DESC, c.person_id LIMIT $16::int) x)
         END AS ids
),
` : ''}pool AS (${people ? `
  SELECT p.id FROM person p
   WHERE p.id = ANY((SELECT ids FROM sel)::uuid[]) AND p.organization_id = $1 AND (p.kind = 'CANDIDATE' OR $8::boolean)` : `
  SELECT p.id FROM person p
   WHERE p.organization_id = $1 AND (p.kind = 'CANDIDATE' OR $8::boolean)
     AND $13::uuid[] IS NULL AND $15::uuid IS NULL AND $16::int >= 0`}
),
best AS (
${people ? `
  -- A given list of people: each one's evidence in one range scan of attained_evidence_person_idx.
  SELECT x.person_id, r.ord, max(x.level) AS level
    FROM (SELECT DISTINCT unnest((SELECT ids FROM sel)) AS person_id) sp
    CROSS JOIN LATERAL (
      SELECT e.person_id, e.skill_id, e.level, e.issuer_trusted FROM attained_evidence e
       WHERE e.organization_id = $1 AND e.person_id = sp.person_id AND e.counts
         AND (e.valid_from IS NULL OR e.valid_from <= $7::timestamptz)
         AND (e.valid_until IS NULL OR $7::timestamptz < e.valid_until)) x
    JOIN req r ON r.skill_id = x.skill_id AND (NOT r.trusted OR x.issuer_trusted)
   GROUP BY x.person_id, r.ord` : `
  -- The whole pool: the requirement skills' evidence through attained_evidence_match_idx.
  SELECT e.person_id, r.ord, max(e.level) AS level
    FROM req r
    JOIN attained_evidence e
      ON e.organization_id = $1 AND e.skill_id = r.skill_id AND e.counts
     AND (e.valid_from IS NULL OR e.valid_from <= $7::timestamptz)
     AND (e.valid_until IS NULL OR $7::timestamptz < e.valid_until)
     AND (NOT r.trusted OR e.issuer_trusted)
   GROUP BY e.person_id, r.ord`}
),
scored AS (
  SELECT b.person_id,
         coalesce(sum(CASE WHEN b.level >= r.min_level THEN r.weight * 1::float8
                           WHEN b.level > 0 THEN r.weight * (b.level::float8 / r.min_level)
                      END ORDER BY r.ord), 0::float8) AS weighted,
         count(*) FILTER (WHERE b.level >= r.min_level) AS met,
         count(*) FILTER (WHERE r.must_have AND b.level >= r.min_level) AS must_met
    FROM best b JOIN req r ON r.ord = b.ord
    JOIN pool p ON p.id = b.person_id
   GROUP BY b.person_id
),
totals AS (
  SELECT count(*) FILTER (WHERE must_have) AS must_count FROM req
),
ranked AS (
  SELECT s.person_id,
         CASE WHEN $9::float8 > 0 THEN least(100::float8, greatest(0::float8, (100 * s.weighted) / $9::float8)) ELSE 100::float8 END AS fit,
         (t.must_count - s.must_met) AS must_unmet, s.met
    FROM scored s CROSS JOIN totals t
  UNION ALL
  SELECT p.id, CASE WHEN $9::float8 > 0 THEN 0::float8 ELSE 100::float8 END, t.must_count, 0
    FROM pool p CROSS JOIN totals t
   WHERE NOT EXISTS (SELECT 1 FROM scored s WHERE s.person_id = p.id)
),
filtered AS (
  SELECT * FROM ranked WHERE NOT $10::boolean OR must_unmet = 0
)
SELECT pg.*, CASE WHEN $14::boolean THEN (${PAGE_EVIDENCE_SQL}) END AS credentials${people ? `,
       CASE WHEN $15::uuid IS NOT NULL THEN (SELECT count(*) FROM person p WHERE p.organization_id = $1 AND (p.kind = 'CANDIDATE' OR $8::boolean)) END::int AS "poolCount",
       CASE WHEN $15::uuid IS NOT NULL THEN (SELECT json_build_array(c.person_id, c.eligible, c.fit, c.met) FROM cand c
                                              ORDER BY c.eligible DESC, c.fit DESC, c.met DESC, c.person_id OFFSET $16::int LIMIT 1) END AS "boundary",
       CASE WHEN $15::uuid IS NOT NULL THEN (SELECT coalesce(json_agg(json_build_array(r.skill_id, r.min_level, r.must_have, r.weight)), '[]'::json)
                                              FROM job_requirement r WHERE r.job_id = $15::uuid AND r.organization_id = $1) END AS "signature"` : ''}
  FROM (
    SELECT f.person_id AS "personId", f.fit, f.must_unmet = 0 AS eligible, f.met::int AS "metCount",
           f.must_unmet::int AS "mustHaveUnmetCount", (SELECT count(*) FROM filtered)::int AS "totalCount"
      FROM filtered f
     ORDER BY (f.must_unmet = 0) DESC, f.fit DESC, f.met DESC, f.person_id ASC
     LIMIT $11 OFFSET $12
  ) pg
 ORDER BY pg.eligible DESC, pg.fit DESC, pg."metCount" DESC, pg."personId" ASC`;
}

const RANK_SQL = { pool: rankSql('pool'), people: rankSql('people') };

/** The ranking key (eligible desc, fit desc, metCount desc, person id asc): > 0 when `a` ranks before `b`. */
function compareKeys(a: { eligible: boolean; fit: number; met: number; id: string }, b: { eligible: boolean; fit: number; met: number; id: string }): number {
  if (a.eligible !== b.eligible) return a.eligible ? 1 : -1;
  if (a.fit !== b.fit) return a.fit > b.fit ? 1 : -1;
  if (a.met !== b.met) return a.met > b.met ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/**
 * Ranks an organisation's people for one job inside PostgreSQL (PRODUCT.md §4.1–4.4; the pure
 * `scoreCandidate` + `rankCandidates` of @skillproof/domain-matching are the reference, proven equal by
 * apps/api/src/fast-path.integration-spec.ts): one statement returning the requested page (`limit`,
 * `offset`, after the `eligibleOnly` filter) and the total count of the filtered list.
 *
 * With `jobId` (top-N early cut-off): only the K people with the best stored UPPER BOUND of their key
 * (`job_match_bound`, maintained by triggers: levels of the counting evidence not ended by the job's
 * horizon, validity starts and trust ignored; valid for asOf ≥ the horizon) are scored exactly, in the same statement. Every other person's exact key is ≤ their bound
 * ≤ the (K+1)-th bound, so when the page's last exact key ranks strictly before that (K+1)-th bound
 * (and before the key of people without evidence), the page is the global page; else K grows ×8 and,
 * past 100,000 or when the stored requirements differ, the whole pool is scored. totalCount = the pool.
 * Without `jobId`, reads only the job's requirement skills from `attained_evidence` (migration 1764633600000).
 *
 * @returns `totalCount` (filtered) and the page, best first; when the page is empty (`offset` past the
 *   end, or `limit` 0) the count comes from a second statement.
 */
export async function rankCandidatesInDatabase(db: SqlRunner, input: FastPathRankInput): Promise<{ totalCount: number; page: FastPathScore[] }> {
  const params = (limit: number, offset: number, bound: { jobId: string; k: number } | null) => [
    input.organizationId,
    input.requirements.map((r) => r.skillId),
    input.requirements.map((r) => r.weight),
    input.requirements.map((r) => r.minLevel),
    input.requirements.map((r) => r.mustHave),
    input.requirements.map((r) => r.requireTrustedIssuer),
    input.asOf.toISOString(),
    input.includeEmployees,
    input.totalWeight,
    input.eligibleOnly,
    limit,
    offset,
    input.personIds ? [...input.personIds] : null,
    input.withEvidence === true,
    bound?.jobId ?? null,
    bound?.k ?? 0,
  ];
  type JsonCredential = Omit<FastPathCredential, 'issuedOn' | 'validFrom' | 'validUntil'> & { issuedOn: string | null; validFrom: string | null; validUntil: string | null };
  type Row = Omit<FastPathScore, 'credentials'> & {
    totalCount: number; fit: number | string; credentials: JsonCredential[] | null;
    poolCount: number | null; boundary: [string, boolean, number, number] | null; signature: [string, number, boolean, number][] | null;
  };
  const toDate = (v: string | null) => (v === null ? null : new Date(v));
  // A TypeORM DataSource resolves to the rows, a pg Client to a result with `rows`.
  const run = async (limit: number, offset: number, bound: { jobId: string; k: number } | null = null): Promise<Row[]> => {
    const sql = bound || input.personIds ? RANK_SQL.people : RANK_SQL.pool;
    const result = (await db.query(sql, params(limit, offset, bound))) as Row[] | { rows: Row[] };
    return Array.isArray(result) ? result : result.rows;
  };
  const toPage = (rows: Row[]): FastPathScore[] => rows.map((r) => ({
    personId: r.personId, fit: Number(r.fit), eligible: r.eligible, metCount: r.metCount, mustHaveUnmetCount: r.mustHaveUnmetCount,
    ...(input.withEvidence ? {
      credentials: (r.credentials ?? []).map((c) => ({ ...c, issuedOn: toDate(c.issuedOn), validFrom: toDate(c.validFrom), validUntil: toDate(c.validUntil) })),
    } : {}),
  }));

  const limit = Math.max(0, input.limit);
  const offset = Math.max(0, input.offset);
  if (input.jobId && !input.eligibleOnly && !input.personIds && limit > 0 && input.totalWeight > 0) {
    // The stored requirements must be the request's: same skills, levels and must-haves, weights equal
    // up to the `real` rounding (≤ 2^-24 relative; the bounds' 1e-6 margin covers 2.5e-7).
    const sameRequirements = (stored: [string, number, boolean, number][] | null): boolean => {
      if (!stored || stored.length !== input.requirements.length) return false;
      const bySkill = new Map(stored.map((r) => [r[0], r]));
      return bySkill.size === stored.length && input.requirements.every((r) => {
        const x = bySkill.get(r.skillId);
        return x !== undefined && x[1] === r.minLevel && x[2] === r.mustHave && Math.abs(Number(x[3]) - r.weight) <= 2.5e-7 * r.weight;
      });
    };
    const mustCount = input.requirements.filter((r) => r.mustHave).length;
    // People without evidence on the requirements (no bound row): eligible iff no must-have, fit 0, met 0.
    const noEvidence = { eligible: mustCount === 0, fit: 0, met: 0 };
    for (let k = input.boundBatch ?? Math.max(4 * (offset + limit), 200); k <= 100_000; k *= 8) {
      const rows = await run(limit, offset, { jobId: input.jobId, k });
      const meta = rows[0];
      if (!meta || rows.length < limit) break; // fewer bounded people than the page needs: score everyone
      if (!sameRequirements(meta.signature)) break; // stored requirements differ: score everyone
      const last = rows[rows.length - 1];
      const lastKey = { eligible: last.eligible, fit: Number(last.fit), met: last.metCount, id: last.personId };
      const beatsNoEvidence = lastKey.eligible !== noEvidence.eligible ? lastKey.eligible : lastKey.fit !== noEvidence.fit ? lastKey.fit > noEvidence.fit : lastKey.met > noEvidence.met;
      if (!beatsNoEvidence) break;
      const b = meta.boundary;
      if (b === null || compareKeys(lastKey, { id: b[0], eligible: b[1], fit: Number(b[2]), met: Number(b[3]) }) > 0) {
        return { totalCount: meta.poolCount ?? 0, page: toPage(rows) };
      }
    }
  }

  let rows = await run(limit, offset);
  let totalCount = rows[0]?.totalCount ?? 0;
  if (rows.length === 0 && (input.offset > 0 || input.limit <= 0)) {
    rows = await run(1, 0);
    totalCount = rows[0]?.totalCount ?? 0;
    rows = [];
  }
  return { totalCount, page: toPage(rows) };
}
