/**
 * The matching fast path (PostgreSQL: skill_closure + attained_evidence maintained by triggers, ranked by
 * `rankCandidatesInDatabase`) equals the pure reference `rankCandidates(people.map(scoreCandidate))`
 * score by score and in order — property test over random organisations, taxonomies (DAGs),
 * credentials (every status, validity windows, alignments 0..5), later mutations (re-verification,
 * deletions, trust changes, taxonomy edits: the triggers must keep the derived tables right), jobs and
 * as-of instants. Each run is one transaction, rolled back.
 */
import fc from 'fast-check';
import { Client } from 'pg';
import { applyCredentialMutation, AS_OF, credentialArb, credentialMutationArbs, date, DAYS, REPORT_REASONS } from '../test/random-evidence';
import { rankCandidatesInDatabase, type FastPathScore } from '@skillproof/api-data-access';
import type { CredentialEvidence, Skill } from '@skillproof/domain-model';
import { createTaxonomy } from '@skillproof/domain-taxonomy';
import { prepareJob, rankCandidates, scoreCandidate } from '@skillproof/domain-matching';

const NUM_RUNS = 1000;
const mutationArb = (credentials: number, skills: number) => fc.oneof(
  ...credentialMutationArbs(credentials),
  fc.record({ kind: fc.constant('trust' as const), issuer: fc.constantFrom(0, 1) }),
  fc.record({ kind: fc.constant('addEdge' as const), a: fc.nat({ max: skills - 1 }), b: fc.nat({ max: skills - 1 }) }),
  fc.record({ kind: fc.constant('dropEdges' as const), skill: fc.nat({ max: skills - 1 }) }),
  fc.record({ kind: fc.constant('requirement' as const), req: fc.nat({ max: 4 }), minLevel: fc.integer({ min: 0, max: 5 }), weight: fc.constantFrom(0.1, 0.7, 1, 2.5) }),
);

const caseArb = fc.record({ skills: fc.integer({ min: 1, max: 7 }), people: fc.integer({ min: 1, max: 9 }) }).chain(({ skills, people }) =>
  fc.record({
    skills: fc.constant(skills),
    // Edges narrower → broader with a lower → higher index: a DAG (pairs with a ≥ b are dropped).
    edges: fc.array(fc.tuple(fc.nat({ max: skills - 1 }), fc.nat({ max: skills - 1 })), { maxLength: 10 }),
    people: fc.array(fc.boolean(), { minLength: people, maxLength: people }),
    trusted: fc.tuple(fc.boolean(), fc.boolean()),
    credentials: fc.array(credentialArb(people, skills), { maxLength: 18 }),
    requirements: fc.uniqueArray(fc.record({
      skill: fc.nat({ max: skills - 1 }),
      minLevel: fc.integer({ min: 0, max: 5 }),
      weight: fc.oneof(fc.constantFrom(0.1, 0.2, 0.3, 1 / 3, 0.7, 1, 2.5, 3), fc.double({ min: 0.01, max: 10, noNaN: true })),
      mustHave: fc.boolean(),
      requireTrustedIssuer: fc.boolean(),
    }), { selector: (r) => r.skill, maxLength: 5 }),
    mutations: fc.array(mutationArb(18, skills), { maxLength: 4 }),
    asOf: fc.constantFrom(...AS_OF),
    includeEmployees: fc.boolean(),
    eligibleOnly: fc.boolean(),
    offset: fc.nat({ max: 4 }),
    limit: fc.integer({ min: 0, max: 6 }),
    // Bound mode (job_match_bound): the job is stored before or after the evidence; first round size.
    jobFirst: fc.boolean(),
    boundBatch: fc.integer({ min: 1, max: 4 }),
    // Horizon of the bounds (null = -infinity), set right after storing the job or after the mutations.
    since: fc.constantFrom(...DAYS),
    sinceAtEnd: fc.boolean(),
  }));
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

let uuidCounter = 0;
/** Runs answered by the early cut-off (one bounded statement, no fallback): the property must exercise it. */
let cutOffRuns = 0;
const uuid = () => `00000000-0000-4000-8000-${(++uuidCounter).toString(16).padStart(12, '0')}`;

describe('matching fast path = pure reference (property test, real PostgreSQL)', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  async function check(c: Case): Promise<void> {
    const org = uuid();
    const skillIds = Array.from({ length: c.skills }, (_, i) => `fp-${org.slice(-6)}-${i}`);
    const edges = new Set(c.edges.filter(([a, b]) => a < b).map(([a, b]) => `${a}-${b}`));
    const issuers = [uuid(), uuid()];
    const trusted = [...c.trusted];
    // Person ids in random order relative to insertion (sorted ids are not the insertion order).
    const people = c.people.map((employee, i) => ({ id: uuid().replace(/^0{8}/, (i * 7919 % 97).toString(16).padStart(8, 'a')), kind: employee ? 'EMPLOYEE' : 'CANDIDATE' }));
    const creds = c.credentials.map((x) => ({ ...x, id: uuid(), reasonsList: REPORT_REASONS[x.reasons], alignments: x.alignments.slice() }));
    const alive = new Set(creds.map((x) => x.id));

    await db.query('BEGIN');
    try {
      await db.query(`INSERT INTO organization (id, name, slug, proficiency_scale) VALUES ($1::uuid, 'fp', $1::text, '{}')`, [org]);
      await db.query(`INSERT INTO skill (id, name) SELECT unnest($1::text[]), 'fp'`, [skillIds]);
      if (edges.size) await db.query(`INSERT INTO skill_broader (skill_id, broader_id) SELECT unnest($1::text[]), unnest($2::text[])`,
        [[...edges].map((e) => skillIds[Number(e.split('-')[0])]), [...edges].map((e) => skillIds[Number(e.split('-')[1])])]);
      await db.query(`INSERT INTO issuer (id, organization_id, name, trusted) SELECT unnest($2::uuid[]), $1, 'i', unnest($3::boolean[])`, [org, issuers, trusted]);
      const jobId = uuid();
      const requirements = c.requirements.map((r) => ({ ...r }));
      const storeJob = async () => {
        await db.query(`INSERT INTO job (id, organization_id, title, status) VALUES ($1, $2, 'j', 'OPEN')`, [jobId, org]);
        if (requirements.length) await db.query(`INSERT INTO job_requirement (job_id, skill_id, organization_id, min_level, weight, must_have, position)
          SELECT $1, s, $2, l, w, m, p FROM unnest($3::text[], $4::int[], $5::float8[], $6::boolean[], $7::int[]) AS r(s, l, w, m, p)`,
        [jobId, org, requirements.map((r) => skillIds[r.skill]), requirements.map((r) => r.minLevel), requirements.map((r) => r.weight), requirements.map((r) => r.mustHave), requirements.map((_, i) => i)]);
        if (!c.sinceAtEnd) await setHorizon();
      };
      const setHorizon = () => db.query(`SELECT job_match_bound_refresh($1, ARRAY[$2::uuid], NULL, coalesce($3::timestamptz, '-infinity'))`, [org, jobId, date(c.since)]);
      await db.query(`INSERT INTO person (id, organization_id, kind, given_name, family_name, display_name, email, code)
        SELECT p.id, $1, p.kind, 'g', 'f', 'd', p.id::text || '@x', p.id::text FROM unnest($2::uuid[], $3::text[]) AS p(id, kind)`,
        [org, people.map((p) => p.id), people.map((p) => p.kind)]);
      if (c.jobFirst) await storeJob();
      if (creds.length) {
        await db.query(`INSERT INTO credential SELECT * FROM json_populate_recordset(null::credential, $1)`, [JSON.stringify(creds.map((x) => ({
          id: x.id, organization_id: org, person_id: people[x.person].id, issuer_id: x.issuer === null ? null : issuers[x.issuer], content_hash: x.id,
          format: 'test', document: '{}', name: 'c', issued_on: date(x.issuedOn), valid_from: date(x.validFrom), valid_until: date(x.validUntil),
          verification_status: x.status, verification_report: { reasons: x.reasonsList }, verified_at: '2020-01-01T00:00:00Z', imported_at: '2020-01-01T00:00:00Z',
        })))]);
        const rows = creds.flatMap((x) => x.alignments.map((a) => ({ credential_id: x.id, skill_id: skillIds[a.skill], organization_id: org, level: a.level })));
        if (rows.length) await db.query(`INSERT INTO credential_alignment SELECT * FROM json_populate_recordset(null::credential_alignment, $1)`, [JSON.stringify(rows)]);
      }
      if (!c.jobFirst) await storeJob();
      // Later changes: the triggers must keep the derived tables right.
      for (const m of c.mutations) {
        const x = 'cred' in m ? creds[m.cred] : creds[0];
        switch (m.kind) {
          case 'status':
          case 'until':
          case 'deleteCredential':
          case 'deleteAlignments':
            await applyCredentialMutation(db, m, x, alive);
            break;
          case 'trust':
            trusted[m.issuer] = !trusted[m.issuer];
            await db.query(`UPDATE issuer SET trusted = $2 WHERE id = $1`, [issuers[m.issuer], trusted[m.issuer]]);
            break;
          case 'addEdge':
            if (m.a < m.b && !edges.has(`${m.a}-${m.b}`)) {
              edges.add(`${m.a}-${m.b}`);
              await db.query(`INSERT INTO skill_broader (skill_id, broader_id) VALUES ($1, $2)`, [skillIds[m.a], skillIds[m.b]]);
            }
            break;
          case 'dropEdges':
            for (const e of [...edges]) if (e.startsWith(`${m.skill}-`)) edges.delete(e);
            await db.query(`DELETE FROM skill_broader WHERE skill_id = $1`, [skillIds[m.skill]]);
            break;
          case 'requirement': {
            const r = requirements[m.req];
            if (!r) break;
            r.minLevel = m.minLevel; r.weight = m.weight;
            await db.query(`UPDATE job_requirement SET min_level = $3, weight = $4 WHERE job_id = $1 AND skill_id = $2`, [jobId, skillIds[r.skill], r.minLevel, r.weight]);
            break;
          }
        }
      }

      if (c.sinceAtEnd) await setHorizon();

      // Reference, from the generated model (EvidenceService rule: FAILED only for dates → VERIFIED).
      const skills: Skill[] = skillIds.map((id, i) => ({ id, name: id, aliases: [], broaderIds: [...edges].filter((e) => e.startsWith(`${i}-`)).map((e) => skillIds[Number(e.split('-')[1])]) }));
      const job = prepareJob(requirements.map((r) => ({ ...r, skillId: skillIds[r.skill] })), createTaxonomy(skills));
      const asOf = new Date(`${c.asOf}T00:00:00.000Z`);
      const evidence = new Map<string, CredentialEvidence[]>(people.map((p) => [p.id, []]));
      for (const x of creds) {
        if (!alive.has(x.id)) continue;
        const datesOnly = x.status === 'FAILED' && x.reasonsList.length > 0 && x.reasonsList.every((r) => r === 'EXPIRED' || r === 'NOT_YET_VALID');
        evidence.get(people[x.person].id)!.push({
          id: x.id, personId: people[x.person].id, name: 'c', issuerId: x.issuer === null ? null : issuers[x.issuer],
          issuerTrusted: x.issuer === null ? false : trusted[x.issuer], issuedOn: date(x.issuedOn), validFrom: date(x.validFrom), validUntil: date(x.validUntil),
          status: datesOnly ? 'VERIFIED' : x.status, alignments: x.alignments.map((a) => ({ skillId: skillIds[a.skill], level: a.level })),
        });
      }
      const pool = people.filter((p) => c.includeEmployees || p.kind === 'CANDIDATE');
      const ranked = rankCandidates(pool.map((p) => scoreCandidate(job, p.id, evidence.get(p.id)!, asOf))).filter((s) => !c.eligibleOnly || s.eligible);
      const fields = (s: FastPathScore) => ({ personId: s.personId, fit: s.fit, eligible: s.eligible, metCount: s.metCount, mustHaveUnmetCount: s.mustHaveUnmetCount });

      const input = { organizationId: org, requirements: job.requirements, totalWeight: job.totalWeight, asOf, includeEmployees: c.includeEmployees, eligibleOnly: c.eligibleOnly };
      const all = await rankCandidatesInDatabase(db, { ...input, limit: 1000, offset: 0 });
      expect(all.totalCount).toBe(ranked.length);
      expect(all.page).toEqual(ranked.map(fields));
      const page = await rankCandidatesInDatabase(db, { ...input, limit: c.limit, offset: c.offset });
      expect(page.totalCount).toBe(ranked.length);
      expect(page.page).toEqual(ranked.slice(c.offset, c.offset + c.limit).map(fields));
      // Top-N early cut-off on the stored bounds (job_match_bound): same page, same count.
      let statements = 0;
      const counting = { query: (sql: string, params?: unknown[]) => { statements++; return db.query(sql, params); } };
      const bounded = await rankCandidatesInDatabase(counting, { ...input, limit: c.limit, offset: c.offset, jobId, boundBatch: c.boundBatch });
      if (statements === 1 && c.limit > 0 && !c.eligibleOnly) cutOffRuns++; // answered by the bounded statement alone
      expect(bounded.totalCount).toBe(ranked.length);
      expect(bounded.page).toEqual(ranked.slice(c.offset, c.offset + c.limit).map(fields));
      // A first page that the pool fills (the cut-off only answers full pages).
      const top = Math.max(1, Math.min(c.limit, ranked.length));
      statements = 0;
      const first = await rankCandidatesInDatabase(counting, { ...input, limit: top, offset: 0, jobId, boundBatch: c.boundBatch });
      if (statements === 1 && !c.eligibleOnly) cutOffRuns++;
      expect(first.totalCount).toBe(ranked.length);
      expect(first.page).toEqual(ranked.slice(0, top).map(fields));
      // For asOf at or after the job's horizon, the stored bound is an upper bound of every person's
      // exact key (else the cut-off could be wrong).
      const { rows: [horizon] } = await db.query(`SELECT since FROM job_match_bound_job WHERE job_id = $1`, [jobId]);
      expect(horizon).toBeDefined();
      if (!(horizon.since instanceof Date && asOf >= horizon.since) && horizon.since !== -Infinity && horizon.since !== '-infinity') return;
      const { rows: boundRows } = await db.query(`SELECT person_id, eligible, fit, met FROM job_match_bound WHERE job_id = $1`, [jobId]);
      const boundOf = new Map(boundRows.map((b: { person_id: string; eligible: boolean; fit: number; met: number }) => [b.person_id, b]));
      for (const p of people) {
        const exact = scoreCandidate(job, p.id, evidence.get(p.id)!, asOf);
        const b = boundOf.get(p.id);
        if (!b) {
          expect({ fit: exact.fit, metCount: exact.metCount }).toEqual({ fit: job.totalWeight > 0 ? 0 : 100, metCount: 0 });
          continue;
        }
        const key = (e: boolean, f: number, m: number) => [e ? 1 : 0, f, m];
        const [ee, ef, em] = key(exact.eligible, exact.fit, exact.metCount);
        const [be, bf, bm] = key(b.eligible, Number(b.fit), b.met);
        expect(ee <= be && (ee < be || ef < bf || (ef === bf && em <= bm))).toBe(true);
      }
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it(`ranks exactly like rankCandidates(people.map(scoreCandidate)) (${NUM_RUNS} random organisations)`, async () => {
    await fc.assert(fc.asyncProperty(caseArb, check), { numRuns: NUM_RUNS, seed: Number(process.env['FAST_CHECK_SEED'] ?? 20261130) });
    expect(cutOffRuns).toBeGreaterThan(NUM_RUNS / 10);
  }, 600_000);

  it('rejects a taxonomy cycle with the offending path (same message as TaxonomyCycleError)', async () => {
    await db.query('BEGIN');
    try {
      await db.query(`INSERT INTO skill (id, name) VALUES ('fp-cyc-a', 'a'), ('fp-cyc-b', 'b'), ('fp-cyc-c', 'c')`);
      await db.query(`INSERT INTO skill_broader (skill_id, broader_id) VALUES ('fp-cyc-a', 'fp-cyc-b'), ('fp-cyc-b', 'fp-cyc-c')`);
      await expect(db.query(`INSERT INTO skill_broader (skill_id, broader_id) VALUES ('fp-cyc-c', 'fp-cyc-a')`))
        .rejects.toMatchObject({ code: '23514', message: expect.stringMatching(/^Skill taxonomy has a cycle: fp-cyc-(a|b|c) → fp-cyc-. → fp-cyc-. → fp-cyc-\1$/) });
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('keeps the closure with self rows and shortest path lengths', async () => {
    await db.query('BEGIN');
    try {
      await db.query(`INSERT INTO skill (id, name) VALUES ('fp-cl-a', 'a'), ('fp-cl-b', 'b'), ('fp-cl-c', 'c')`);
      await db.query(`INSERT INTO skill_broader (skill_id, broader_id) VALUES ('fp-cl-a', 'fp-cl-b'), ('fp-cl-b', 'fp-cl-c'), ('fp-cl-a', 'fp-cl-c')`);
      const { rows } = await db.query(`SELECT skill_id, ancestor_id, path_length FROM skill_closure WHERE skill_id LIKE 'fp-cl-%' ORDER BY 1, 2`);
      expect(rows).toEqual([
        { skill_id: 'fp-cl-a', ancestor_id: 'fp-cl-a', path_length: 0 }, { skill_id: 'fp-cl-a', ancestor_id: 'fp-cl-b', path_length: 1 },
        { skill_id: 'fp-cl-a', ancestor_id: 'fp-cl-c', path_length: 1 }, { skill_id: 'fp-cl-b', ancestor_id: 'fp-cl-b', path_length: 0 },
        { skill_id: 'fp-cl-b', ancestor_id: 'fp-cl-c', path_length: 1 }, { skill_id: 'fp-cl-c', ancestor_id: 'fp-cl-c', path_length: 0 },
      ]);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
