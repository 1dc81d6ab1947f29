/**
 * Team gaps at the database (`teamGapsInDatabase`: attained_evidence + skill_closure, maintained by
 * triggers) equal the pure reference `teamSkillGaps` of @skillproof/domain-gap-analytics value by value
 * and in order (covered, gap, holders in member order, single point of knowledge, uncovered), and so
 * does readiness (`teamReadiness`) — property test over random organisations, taxonomies (DAGs), teams
 * and members, credentials (every status and FAILED reason, validity windows, alignments 0..5), later
 * mutations (re-verification, expiry changes, deletions, team moves, taxonomy edits), target profiles
 * and as-of instants. Each run is one transaction, rolled back.
 */
import fc from 'fast-check';
import { Client } from 'pg';
import { applyCredentialMutation, AS_OF, credentialArb, credentialMutationArbs, date, REPORT_REASONS } from '../test/random-evidence';
import { teamGapsInDatabase } from '@skillproof/api-data-access';
import type { CredentialEvidence, Skill } from '@skillproof/domain-model';
import { createTaxonomy } from '@skillproof/domain-taxonomy';
import { teamReadiness, teamSkillGaps } from '@skillproof/domain-gap-analytics';

const NUM_RUNS = 1000;
const mutationArb = (credentials: number, skills: number, people: number) => fc.oneof(
  ...credentialMutationArbs(credentials),
  fc.record({ kind: fc.constant('moveMember' as const), person: fc.nat({ max: people - 1 }), team: fc.constantFrom(0, 1, null) }),
  fc.record({ kind: fc.constant('addEdge' as const), a: fc.nat({ max: skills - 1 }), b: fc.nat({ max: skills - 1 }) }),
  fc.record({ kind: fc.constant('dropEdges' as const), skill: fc.nat({ max: skills - 1 }) }),
);

const targetArb = (skills: number) => fc.uniqueArray(fc.record({
  skill: fc.nat({ max: skills - 1 }),
  minLevel: fc.integer({ min: 0, max: 5 }),
  needed: fc.integer({ min: 0, max: 4 }),
}), { selector: (t) => t.skill, maxLength: 5 });

const caseArb = fc.record({ skills: fc.integer({ min: 1, max: 7 }), people: fc.integer({ min: 1, max: 9 }) }).chain(({ skills, people }) =>
  fc.record({
    skills: fc.constant(skills),
    // Edges narrower → broader with a lower → higher index: a DAG (pairs with a ≥ b are dropped).
    edges: fc.array(fc.tuple(fc.nat({ max: skills - 1 }), fc.nat({ max: skills - 1 })), { maxLength: 10 }),
    // Team of each person: 0, 1 or none; a random display name (member order = display name, id).
    people: fc.array(fc.record({ team: fc.constantFrom(0, 1, null), name: fc.constantFrom('Ada', 'Bo', 'Cy', 'Di'), employee: fc.boolean() }), { minLength: people, maxLength: people }),
    credentials: fc.array(credentialArb(people, skills), { maxLength: 18 }),
    targets: fc.tuple(targetArb(skills), targetArb(skills)),
    mutations: fc.array(mutationArb(18, skills, people), { maxLength: 4 }),
    asOf: fc.constantFrom(...AS_OF),
  }));
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

let uuidCounter = 0;
const uuid = () => `00000000-0000-4000-9000-${(++uuidCounter).toString(16).padStart(12, '0')}`;

describe('team gaps fast path = pure reference (property test, real PostgreSQL)', () => {
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
    const skillIds = Array.from({ length: c.skills }, (_, i) => `tg-${org.slice(-6)}-${i}`);
    const edges = new Set(c.edges.filter(([a, b]) => a < b).map(([a, b]) => `${a}-${b}`));
    const teams = [uuid(), uuid()];
    const issuers = [uuid(), uuid()];
    // Person ids in random order relative to insertion (sorted ids are not the insertion order).
    const people = c.people.map((p, i) => ({ ...p, id: uuid().replace(/^0{8}/, (i * 7919 % 97).toString(16).padStart(8, 'b')) }));
    const creds = c.credentials.map((x) => ({ ...x, id: uuid(), reasonsList: REPORT_REASONS[x.reasons], alignments: x.alignments.slice() }));
    const alive = new Set(creds.map((x) => x.id));

    await db.query('BEGIN');
    try {
      await db.query(`INSERT INTO organization (id, name, slug, proficiency_scale) VALUES ($1::uuid, 'tg', $1::text, '{}')`, [org]);
      await db.query(`INSERT INTO skill (id, name) SELECT unnest($1::text[]), 'tg'`, [skillIds]);
      if (edges.size) await db.query(`INSERT INTO skill_broader (skill_id, broader_id) SELECT unnest($1::text[]), unnest($2::text[])`,
        [[...edges].map((e) => skillIds[Number(e.split('-')[0])]), [...edges].map((e) => skillIds[Number(e.split('-')[1])])]);
      await db.query(`INSERT INTO issuer (id, organization_id, name, trusted) SELECT unnest($2::uuid[]), $1, 'i', true`, [org, issuers]);
      // Team names in reverse id order: "every team" must come back by name.
      await db.query(`INSERT INTO team (id, organization_id, name) VALUES ($2, $1, 'Team B'), ($3, $1, 'Team A')`, [org, teams[0], teams[1]]);
      await db.query(`INSERT INTO person (id, organization_id, kind, given_name, family_name, display_name, email, code, team_id)
        SELECT p.id, $1, p.kind, 'g', 'f', p.name, p.id::text || '@x', p.id::text, p.team FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS p(id, kind, name, team)`,
        [org, people.map((p) => p.id), people.map((p) => (p.employee ? 'EMPLOYEE' : 'CANDIDATE')), people.map((p) => p.name), people.map((p) => (p.team === null ? null : teams[p.team]))]);
      const targetRows = c.targets.flatMap((t, k) => t.map((x) => ({ team_id: teams[k], skill_id: skillIds[x.skill], organization_id: org, min_level: x.minLevel, needed: x.needed })));
      if (targetRows.length) await db.query(`INSERT INTO team_target_skill SELECT * FROM json_populate_recordset(null::team_target_skill, $1)`, [JSON.stringify(targetRows)]);
      if (creds.length) {
        await db.query(`INSERT INTO credential SELECT * FROM json_populate_recordset(null::credential, $1)`, [JSON.stringify(creds.map((x) => ({
          id: x.id, organization_id: org, person_id: people[x.person].id, issuer_id: x.issuer === null ? null : issuers[x.issuer], content_hash: x.id,
          format: 'test', document: '{}', name: 'c', issued_on: date(x.issuedOn), valid_from: date(x.validFrom), valid_until: date(x.validUntil),
          verification_status: x.status, verification_report: { reasons: x.reasonsList }, verified_at: '2020-01-01T00:00:00Z', imported_at: '2020-01-01T00:00:00Z',
        })))]);
        const rows = creds.flatMap((x) => x.alignments.map((a) => ({ credential_id: x.id, skill_id: skillIds[a.skill], organization_id: org, level: a.level })));
        if (rows.length) await db.query(`INSERT INTO credential_alignment SELECT * FROM json_populate_recordset(null::credential_alignment, $1)`, [JSON.stringify(rows)]);
      }
      for (const m of c.mutations) {
        const x = 'cred' in m ? creds[m.cred] : undefined;
        switch (m.kind) {
          case 'status':
          case 'until':
          case 'deleteCredential':
          case 'deleteAlignments':
            await applyCredentialMutation(db, m, x, alive);
            break;
          case 'moveMember':
            people[m.person].team = m.team;
            await db.query(`UPDATE person SET team_id = $2 WHERE id = $1`, [people[m.person].id, m.team === null ? null : teams[m.team]]);
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
        }
      }

      // Reference, from the generated model (EvidenceService rule: FAILED only for dates → VERIFIED).
      const skills: Skill[] = skillIds.map((id, i) => ({ id, name: id, aliases: [], broaderIds: [...edges].filter((e) => e.startsWith(`${i}-`)).map((e) => skillIds[Number(e.split('-')[1])]) }));
      const taxonomy = createTaxonomy(skills);
      const asOf = new Date(`${c.asOf}T00:00:00.000Z`);
      const credentialsByPerson = new Map<string, CredentialEvidence[]>(people.map((p) => [p.id, []]));
      for (const x of creds) {
        if (!alive.has(x.id)) continue;
        const datesOnly = x.status === 'FAILED' && x.reasonsList.length > 0 && x.reasonsList.every((r) => r === 'EXPIRED' || r === 'NOT_YET_VALID');
        credentialsByPerson.get(people[x.person].id)!.push({
          id: x.id, personId: people[x.person].id, name: 'c', issuerId: x.issuer === null ? null : issuers[x.issuer],
          issuerTrusted: x.issuer !== null, issuedOn: date(x.issuedOn), validFrom: date(x.validFrom), validUntil: date(x.validUntil),
          status: datesOnly ? 'VERIFIED' : x.status, alignments: x.alignments.map((a) => ({ skillId: skillIds[a.skill], level: a.level })),
        });
      }
      // Expected member order (display name, then id — names and ids are plain ASCII) and target order.
      const membersOf = (k: number) => people.filter((p) => p.team === k).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((p) => p.id);
      const targetOf = (k: number) => c.targets[k].map((t) => ({ skillId: skillIds[t.skill], minLevel: t.minLevel, needed: t.needed }))
        .sort((a, b) => b.needed - a.needed || (a.skillId < b.skillId ? -1 : 1));

      const both = await teamGapsInDatabase(db, { organizationId: org, teamIds: teams, asOf });
      const every = await teamGapsInDatabase(db, { organizationId: org, teamIds: null, asOf, withMembers: false, withHolders: false });
      expect(both.map((t) => t.teamId)).toEqual(teams);
      expect(every.map((t) => t.teamId)).toEqual([teams[1], teams[0]]); // by name
      for (const [k, result] of both.entries()) {
        const memberIds = membersOf(k);
        expect(result.members.map((m) => m.id)).toEqual(memberIds);
        expect(result.target).toEqual(targetOf(k));
        const reference = teamSkillGaps({ members: memberIds.map((personId) => ({ personId })), credentialsByPerson, taxonomy, asOf, target: targetOf(k) });
        expect(result.gaps).toEqual(reference);
        expect(teamReadiness(result.gaps)).toBe(teamReadiness(reference));
        const lean = every.find((t) => t.teamId === teams[k])!;
        expect(lean.members).toEqual([]);
        expect(lean.gaps).toEqual(reference.map((g) => ({ ...g, holders: [] })));
      }
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it(`computes coverage, gaps, holders and readiness exactly like teamSkillGaps / teamReadiness (${NUM_RUNS} random organisations)`, async () => {
    await fc.assert(fc.asyncProperty(caseArb, check), { numRuns: NUM_RUNS, seed: Number(process.env['FAST_CHECK_SEED'] ?? 20261130) });
  }, 600_000);

  it('returns nothing for an unknown team and covers an empty team with 0 (readiness 0 when members are needed)', async () => {
    await db.query('BEGIN');
    try {
      const org = uuid();
      const team = uuid();
      await db.query(`INSERT INTO organization (id, name, slug, proficiency_scale) VALUES ($1::uuid, 'tg', $1::text, '{}')`, [org]);
      await db.query(`INSERT INTO skill (id, name) VALUES ('tg-empty-a', 'a')`);
      await db.query(`INSERT INTO team (id, organization_id, name) VALUES ($2, $1, 'Empty')`, [org, team]);
      await db.query(`INSERT INTO team_target_skill (team_id, skill_id, organization_id, min_level, needed) VALUES ($2, 'tg-empty-a', $1, 3, 2)`, [org, team]);
      const [result, ...rest] = await teamGapsInDatabase(db, { organizationId: org, teamIds: [team, uuid()], asOf: new Date('2025-01-01T00:00:00Z') });
      expect(rest).toEqual([]);
      expect(result.gaps).toEqual([{ skillId: 'tg-empty-a', minLevel: 3, needed: 2, covered: 0, gap: 2, holders: [], singlePointOfKnowledge: false, uncovered: true }]);
      expect(teamReadiness(result.gaps)).toBe(0);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
