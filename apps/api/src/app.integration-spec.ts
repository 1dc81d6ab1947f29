/**
 * The whole API over HTTP against a real PostgreSQL, migrated and seeded by apps/api/test/global-setup.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createStatusListCredential, generateIssuerKey, importIssuerKey, issueOpenBadgeCredential } from '@skillproof/domain-verification';
import { startTestApp, type TestApp } from '../test/test-app';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'domain', 'verification', 'src', 'testing', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

interface MatchNode {
  rank: number; fit: number; eligible: boolean; oneCredentialAway: boolean; metCount: number;
  person: { id: string; displayName: string; email: string | null };
  requirements: { skill: { id: string }; status: string; attainedLevel: number; requiredLevel: number; mustHave: boolean;
    evidence: { credentialId: string; credentialName: string; verificationStatus: string }[] }[];
}

const MATCHES = `query($id: ID!, $first: Int, $after: String, $blind: Boolean, $eligibleOnly: Boolean, $asOf: DateTime) {
  job(id: $id) { id title requirements { skill { id name } minLevel weight mustHave }
    matches(first: $first, after: $after, blind: $blind, eligibleOnly: $eligibleOnly, asOf: $asOf) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { rank fit eligible oneCredentialAway metCount person { id displayName email }
        requirements { skill { id } status attainedLevel requiredLevel mustHave
          evidence { credentialId credentialName verificationStatus } } } } } } }`;

describe('SkillProof API (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let jobIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const res = await t.gql<{ jobs: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ jobs(status: OPEN, first: 100) { totalCount edges { node { id } } } }`);
    jobIds = res.data!.jobs.edges.map((e) => e.node.id);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('lists the demo jobs with real O*NET requirements', async () => {
    const res = await t.gql<{ jobs: { totalCount: number; edges: { node: { title: string; status: string; team: { name: string } | null; requirements: { minLevel: number; weight: number; mustHave: boolean }[] } }[] } }>(
      `{ jobs(first: 50) { totalCount edges { node { title status team { name } requirements { minLevel weight mustHave skill { id name } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.jobs.totalCount).toBeGreaterThanOrEqual(20);
    const titles = res.data!.jobs.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Budget Analyst']));
    for (const { node } of res.data!.jobs.edges) {
      expect(node.requirements.length).toBeGreaterThanOrEqual(8);
      expect(node.team).not.toBeNull();
      for (const r of node.requirements) {
        expect(r.minLevel).toBeGreaterThanOrEqual(1);
        expect(r.minLevel).toBeLessThanOrEqual(5);
        expect(r.weight).toBeGreaterThan(0);
      }
    }
  });

  it('ranks people for every open job: fit in 0..100, eligibility consistent with must-haves, deterministic order, verified evidence', async () => {
    expect(jobIds.length).toBeGreaterThan(10);
    for (const id of jobIds) {
      const res = await t.gql<{ job: { matches: { totalCount: number; edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 25 });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.job.matches.edges.map((e) => e.node);
      expect(res.data!.job.matches.totalCount).toBe(200);
      nodes.forEach((n, i) => {
        expect(n.rank).toBe(i + 1);
        expect(n.fit).toBeGreaterThanOrEqual(0);
        expect(n.fit).toBeLessThanOrEqual(100);
        expect(n.eligible).toBe(n.requirements.filter((r) => r.mustHave).every((r) => r.status === 'MET'));
        for (const r of n.requirements) {
          if (r.status === 'MET') expect(r.attainedLevel).toBeGreaterThanOrEqual(r.requiredLevel);
          for (const e of r.evidence) expect(e.verificationStatus).toBe('VERIFIED');
          if (r.attainedLevel > 0) expect(r.evidence.length).toBeGreaterThan(0);
        }
        if (i > 0) {
          const p = nodes[i - 1];
          const ordered = (p.eligible && !n.eligible) || (p.eligible === n.eligible && (p.fit > n.fit || (p.fit === n.fit && (p.metCount > n.metCount || (p.metCount === n.metCount && p.person.id < n.person.id)))));
          expect(ordered).toBe(true);
        }
      });
      expect(nodes[0].eligible).toBe(true); // the demo plants an eligible candidate for every open job
      const again = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 25 });
      expect(again.data!.job.matches.edges.map((e) => [e.node.person.id, e.node.fit])).toEqual(nodes.map((n) => [n.person.id, n.fit]));
    }
  });

  it('evidence names real demo credentials whose stored verification is VERIFIED', async () => {
    const res = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id: jobIds[0], first: 5 });
    const ids = res.data!.job.matches.edges.flatMap((e) => e.node.requirements.flatMap((r) => r.evidence.map((ev) => ev.credentialId)));
    expect(ids.length).toBeGreaterThan(0);
    const rows = await db.query(`SELECT id, verification_status, document FROM credential WHERE id = ANY($1::uuid[])`, [ids]);
    expect(rows.rowCount).toBe(new Set(ids).size);
    for (const r of rows.rows) {
      expect(r.verification_status).toBe('VERIFIED');
      expect(JSON.parse(r.document).proof.cryptosuite).toBe('eddsa-rdfc-2022');
    }
  });

  it('pages with cursors, filters eligible people, and hides identities in blind mode', async () => {
    const id = jobIds[0];
    const p1 = await t.gql<{ job: { matches: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 10 });
    const p2 = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 10, after: p1.data!.job.matches.pageInfo.endCursor });
    const all = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 20 });
    expect(p1.data!.job.matches.pageInfo.hasNextPage).toBe(true);
    expect([...p1.data!.job.matches.edges, ...p2.data!.job.matches.edges].map((e) => e.node.person.id)).toEqual(all.data!.job.matches.edges.map((e) => e.node.person.id));
    expect(p2.data!.job.matches.edges[0].node.rank).toBe(11);

    const eligible = await t.gql<{ job: { matches: { totalCount: number; edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 500, eligibleOnly: true });
    expect(eligible.data!.job.matches.totalCount).toBeGreaterThan(0);
    expect(eligible.data!.job.matches.edges.every((e) => e.node.eligible)).toBe(true);

    const blind = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id, first: 10, blind: true });
    const names = await db.query(`SELECT display_name, code FROM person WHERE id = ANY($1::uuid[])`, [blind.data!.job.matches.edges.map((e) => e.node.person.id)]);
    const codes = new Set(names.rows.map((r) => r.code));
    for (const e of blind.data!.job.matches.edges) {
      expect(codes.has(e.node.person.displayName)).toBe(true);
      expect(e.node.person.email).toBeNull();
    }
  });

  it('rejects bad paging input with a typed error', async () => {
    const res = await t.gql(MATCHES, { id: jobIds[0], first: 100000 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await t.gql(MATCHES, { id: jobIds[0], after: 'garbage' });
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await t.gql(`{ job(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('returns teams and their gaps: gap = max(0, needed − covered), readiness in 0..1, single points of knowledge', async () => {
    const res = await t.gql<{ teams: { id: string; name: string; manager: { displayName: string } | null; readiness: number;
      skillGaps: { skill: { id: string }; needed: number; covered: number; gap: number; singlePointOfKnowledge: boolean; holders: { id: string }[] }[];
      skillMatrix: { members: { id: string }[]; skills: { id: string }[]; cells: { personId: string; skillId: string; level: number }[] } }[] }>(
      `{ teams { id name manager { displayName } readiness skillGaps { skill { id } needed covered gap singlePointOfKnowledge holders { id } }
         skillMatrix { members { id } skills { id } cells { personId skillId level verified expiresSoon } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.teams.map((x) => x.name).sort()).toEqual(['Clinical Services', 'Digital Services', 'Learning & Development', 'Public Programs']);
    for (const team of res.data!.teams) {
      expect(team.manager).not.toBeNull();
      expect(team.readiness).toBeGreaterThanOrEqual(0);
      expect(team.readiness).toBeLessThanOrEqual(1);
      let sumMin = 0;
      let sumNeeded = 0;
      for (const g of team.skillGaps) {
        expect(g.gap).toBe(Math.max(0, g.needed - g.covered));
        expect(g.holders.length).toBe(g.covered);
        expect(g.singlePointOfKnowledge).toBe(g.covered === 1);
        sumMin += Math.min(g.covered, g.needed);
        sumNeeded += g.needed;
      }
      expect(team.readiness).toBeCloseTo(sumNeeded ? sumMin / sumNeeded : 1, 10);
      expect(team.skillGaps.some((g) => g.singlePointOfKnowledge)).toBe(true);
      expect(team.skillMatrix.cells.length).toBe(team.skillMatrix.members.length * team.skillMatrix.skills.length);
    }
    const digital = res.data!.teams.find((x) => x.name === 'Digital Services')!;
    expect(digital.skillGaps.some((g) => g.gap > 0)).toBe(true); // the planted security gap
  });

  it('imports a valid credential as VERIFIED, idempotently', async () => {
    const doc = fixture('ob3-valid/dcc-verifier-core__v2_v2NoStatus.json');
    const q = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { created credential { id name format verification { status reasons checks { name outcome code message } } } } }`;
    const first = await t.gql<{ importCredential: { created: boolean; credential: { id: string; verification: { status: string } } } }>(q, { input: { document: doc } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importCredential.credential.verification.status).toBe('VERIFIED');
    expect(first.data!.importCredential.created).toBe(true);
    const reformatted = JSON.stringify(JSON.parse(doc));
    const second = await t.gql<{ importCredential: { created: boolean; credential: { id: string } } }>(q, { input: { document: reformatted } });
    expect(second.data!.importCredential.created).toBe(false);
    expect(second.data!.importCredential.credential.id).toBe(first.data!.importCredential.credential.id);
    const stored = await db.query('SELECT document FROM credential WHERE id = $1', [first.data!.importCredential.credential.id]);
    expect(stored.rows[0].document).toBe(doc); // kept verbatim
  });

  it('stores a tampered credential with a FAILED report (BAD_SIGNATURE), even when it reuses a verified credential id', async () => {
    const q = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { created credential { id verification { status reasons checks { name outcome code } } } } }`;
    const tampered = fixture('ob3-bad-signature/mut__dcc-v2EddsaWithValidStatus_achievement-name-tampered.json');
    const res = await t.gql<{ importCredential: { created: boolean; credential: { id: string; verification: { status: string; reasons: string[]; checks: { name: string; outcome: string; code: string | null }[] } } } }>(q, { input: { document: tampered } });
    expect(res.errors).toBeUndefined();
    const v = res.data!.importCredential.credential.verification;
    expect(v.status).toBe('FAILED');
    expect(v.reasons).toContain('BAD_SIGNATURE');
    expect(v.checks.find((c) => c.name === 'proof')?.outcome).toBe('FAIL');

    // A different document reusing the id of the VERIFIED fixture imported above is judged on its own merits.
    const original = JSON.parse(fixture('ob3-valid/dcc-verifier-core__v2_v2NoStatus.json'));
    original.credentialSubject.achievement.name = 'Tampered after signing';
    const reused = await t.gql<{ importCredential: { created: boolean; credential: { id: string; verification: { status: string } } } }>(q, { input: { document: JSON.stringify(original) } });
    expect(reused.data!.importCredential.created).toBe(true);
    expect(reused.data!.importCredential.credential.verification.status).toBe('FAILED');
  });

  it('refuses empty and oversized documents with BAD_USER_INPUT and stores nothing; a non-JSON text is stored FAILED', async () => {
    const q = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { id verification { status reasons } } } }`;
    const before = (await db.query('SELECT count(*)::int AS n FROM credential')).rows[0].n;
    expect((await t.gql(q, { input: { document: '   ' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(q, { input: { document: 'x'.repeat(2_100_000) } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await db.query('SELECT count(*)::int AS n FROM credential')).rows[0].n).toBe(before);
    const junk = await t.gql<{ importCredential: { credential: { verification: { status: string; reasons: string[] } } } }>(q, { input: { document: 'not a credential {' } });
    expect(junk.data!.importCredential.credential.verification.status).toBe('FAILED');
    expect(junk.data!.importCredential.credential.verification.reasons).toContain('MALFORMED');
    const unknownPerson = await t.gql(q, { input: { document: '{}', personId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknownPerson.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a tampered, expired or revoked credential never raises fit; a valid one does', async () => {
    // A candidate of the first open job with a MISSING requirement, and a catalogue definition proving it.
    const res = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id: jobIds[0], first: 200 });
    const provers = await db.query(
      `SELECT a.skill_id, a.level, d.id, d.name, d.issuer_id FROM credential_definition d
         JOIN credential_definition_alignment a ON a.definition_id = d.id WHERE d.issuer_id IS NOT NULL ORDER BY d.id`);
    let target: MatchNode | undefined;
    let def: { id: string; name: string; issuer_id: string } | undefined;
    for (const n of res.data!.job.matches.edges.map((e) => e.node)) {
      for (const r of n.requirements.filter((x) => x.status === 'MISSING')) {
        def ??= provers.rows.find((p) => p.skill_id === r.skill.id && p.level >= r.requiredLevel);
        if (def) break;
      }
      if (def) { target = n; break; }
    }
    expect(target && def).toBeTruthy();
    if (!target || !def) return;
    const { id: definitionId, name, issuer_id: issuerId } = def;
    const keyRow = await db.query('SELECT i.name, k.key_pair FROM issuer_key k JOIN issuer i ON i.id = k.issuer_id WHERE k.issuer_id = $1', [issuerId]);
    const key = await importIssuerKey(keyRow.rows[0].key_pair);
    const list = await db.query(`SELECT id, set_indexes FROM status_list WHERE issuer_id = $1`, [issuerId]);
    const listUrl = `http://localhost:3000/status-lists/${list.rows[0].id}`;
    const person = await db.query('SELECT email FROM person WHERE id = $1', [target.person.id]);
    const issue = (n: number, extra: Partial<Parameters<typeof issueOpenBadgeCredential>[0]>) => issueOpenBadgeCredential({
      key, issuer: { id: key.did, name: keyRow.rows[0].name }, credentialId: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
      subject: { email: person.rows[0].email, salt: 'it' },
      achievement: { id: `urn:uuid:${definitionId}`, name, description: name, criteria: { narrative: 'test' } },
      validFrom: new Date('2025-01-01T00:00:00Z'), ...extra,
    });
    const fitOf = async () => {
      const r = await t.gql<{ job: { matches: { edges: { node: MatchNode }[] } } }>(MATCHES, { id: jobIds[0], first: 200 });
      return r.data!.job.matches.edges.find((e) => e.node.person.id === target.person.id)!.node.fit;
    };
    const q = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { verification { status reasons } } } }`;
    const fit0 = await fitOf();

    const tampered = await issue(1, {});
    (tampered['credentialSubject'] as { achievement: { name: string } }).achievement.name = 'Forged';
    const expired = await issue(2, { validUntil: new Date('2025-06-01T00:00:00Z') });
    // Revoke index 4242 the way the issuer would: re-sign its status list with that bit set.
    const revokedIndex = 4242;
    const resigned = await createStatusListCredential({
      key, issuer: { id: key.did, name: keyRow.rows[0].name }, id: listUrl, statusPurpose: 'revocation',
      revokedIndexes: [...(list.rows[0].set_indexes as number[]), revokedIndex], validFrom: new Date('2019-01-01T00:00:00Z'),
    });
    await db.query('UPDATE status_list SET credential = $1, set_indexes = array_append(set_indexes, $2) WHERE id = $3', [resigned, revokedIndex, list.rows[0].id]);
    const docs: [string, Record<string, unknown>, string][] = [
      ['tampered', tampered, 'BAD_SIGNATURE'],
      ['expired', expired, 'EXPIRED'],
      ['revoked', await issue(3, { status: { statusListCredential: listUrl, statusListIndex: revokedIndex, statusPurpose: 'revocation' } }), 'REVOKED'],
    ];
    for (const [label, doc, reason] of docs) {
      const r = await t.gql<{ importCredential: { credential: { verification: { status: string; reasons: string[] } } } }>(q, { input: { personId: target.person.id, document: JSON.stringify(doc) } });
      expect([label, r.data!.importCredential.credential.verification.status]).toEqual([label, 'FAILED']);
      expect(r.data!.importCredential.credential.verification.reasons).toContain(reason);
      expect(await fitOf()).toBe(fit0);
    }
    // A self-made issuer copying the catalogue achievement id: authentic, but the catalogue's levels
    // belong to the definition's own issuer, so it proves nothing here.
    const mallory = await generateIssuerKey();
    const forged = await issueOpenBadgeCredential({
      key: mallory, issuer: { id: mallory.did, name: 'Mallory Self-Issued' }, credentialId: 'urn:uuid:00000000-0000-4000-8000-0000000000ff',
      subject: { email: person.rows[0].email, salt: 'it' },
      achievement: { id: `urn:uuid:${definitionId}`, name, description: name, criteria: { narrative: 'self-issued' } },
      validFrom: new Date('2025-01-01T00:00:00Z'),
    });
    const forgedResult = await t.gql<{ importCredential: { credential: { verification: { status: string } } } }>(q, { input: { personId: target.person.id, document: JSON.stringify(forged) } });
    expect(forgedResult.data!.importCredential.credential.verification.status).toBe('VERIFIED');
    expect(await fitOf()).toBe(fit0);

    const valid = await issue(4, { status: { statusListCredential: listUrl, statusListIndex: 99_999, statusPurpose: 'revocation' } });
    const ok = await t.gql<{ importCredential: { credential: { verification: { status: string } } } }>(q, { input: { personId: target.person.id, document: JSON.stringify(valid) } });
    expect(ok.data!.importCredential.credential.verification.status).toBe('VERIFIED');
    expect(await fitOf()).toBeGreaterThan(fit0);
  });

  it('serves the signed status list and a person with credentials and reports', async () => {
    const list = await db.query('SELECT id FROM status_list ORDER BY id LIMIT 1');
    const r = await fetch(`${t.baseUrl}/status-lists/${list.rows[0].id}`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { type: string[]; proof: { cryptosuite: string } };
    expect(body.type).toContain('BitstringStatusListCredential');
    expect(body.proof.cryptosuite).toBe('eddsa-rdfc-2022');

    const revoked = await db.query(`SELECT person_id FROM credential WHERE verification_report->'reasons' ? 'REVOKED' AND person_id IS NOT NULL LIMIT 1`);
    expect(revoked.rowCount).toBe(1);
    const p = await t.gql<{ person: { displayName: string; credentials: { verification: { status: string; reasons: string[] } }[]; skills: { level: number; verified: boolean }[] } }>(
      `query($id: ID!) { person(id: $id) { displayName credentials { name verification { status reasons checks { name outcome message } } } skills { skill { name } level verified } claimedSkills { skill { name } level } } }`,
      { id: revoked.rows[0].person_id });
    expect(p.errors).toBeUndefined();
    expect(p.data!.person.credentials.some((c) => c.verification.status === 'FAILED' && c.verification.reasons.includes('REVOKED'))).toBe(true);
    expect(p.data!.person.skills.every((s) => s.verified && s.level >= 1)).toBe(true);
  });
});
