/**
 * Issue 5, the last step of the L&D flow in the demo: `issueDemoCredential` signs a real OB 3.0
 * credential with the demo organisation's own issuer key; imported by L&D for its recipient it
 * verifies (recipient binding included), links to its definition and completes the open assignment;
 * for anyone else it is refused (RECIPIENT_MISMATCH). Only ADMIN and L&D may ask, only in the demo organisation.
 */
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';

type Errors = { message: string; extensions?: { code?: string } }[] | undefined;
interface Issued {
  document: string; filename: string; validFrom: string; validUntil: string | null;
  person: { id: string }; definition: { id: string; name: string }; issuer: { id: string; did: string | null };
}

const ISSUE = `mutation($input: IssueDemoCredentialInput!) { issueDemoCredential(input: $input) {
  document filename validFrom validUntil person { id } definition { id name } issuer { id did } } }`;
const IMPORT = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { created credential { id verification { status reasons } } } }`;
const ASSIGN = `mutation($input: AssignCredentialInput!) { assignCredential(input: $input) { assignments { id status } } }`;
const BOARD = `query($teamId: ID) { learningAssignments(teamId: $teamId, first: 500) { edges { node { id status completedAt completedByCredentialId person { id } definition { id } } } } }`;

describe('issueDemoCredential (GraphQL over HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let person: { id: string; email: string; team_id: string; organization_id: string };
  let definition: { id: string; slug: string; validity_months: number | null; issuer_id: string };

  beforeAll(async () => {
    t = await startTestApp({ as: 'LND' });
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    // The last employee (by id) and a demo-issued definition proving none of their team's target skills
    // (so this spec changes no team's coverage), not held and not assigned to them yet.
    [person] = (await db.query(`SELECT id, email, team_id, organization_id FROM person WHERE kind = 'EMPLOYEE' AND team_id IS NOT NULL ORDER BY id DESC LIMIT 1`)).rows;
    [definition] = (await db.query(`
      SELECT d.id, d.slug, d.validity_months, d.issuer_id FROM credential_definition d
      JOIN issuer_key k ON k.issuer_id = d.issuer_id
      WHERE d.organization_id = $1 AND d.validity_months IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM credential_definition_alignment a JOIN team_target_skill s ON s.skill_id = a.skill_id AND s.team_id = $2 WHERE a.definition_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM credential c WHERE c.person_id = $3 AND c.definition_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM learning_assignment l WHERE l.person_id = $3 AND l.definition_id = d.id)
      ORDER BY d.slug LIMIT 1`, [person.organization_id, person.team_id, person.id])).rows;
    expect(definition).toBeDefined();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('demoIssuing is true in the demo organisation for L&D and ADMIN; HR and managers may not ask', async () => {
    expect((await t.gql<{ demoIssuing: boolean }>('{ demoIssuing }')).data?.demoIssuing).toBe(true);
    expect((await t.gqlAs<{ demoIssuing: boolean }>('ADMIN', '{ demoIssuing }')).data?.demoIssuing).toBe(true);
    for (const role of ['HR', 'MANAGER'] as const) {
      const r = await t.gqlAs(role, ISSUE, { input: { personId: person.id, definitionId: definition.id } });
      expect((r.errors as Errors)?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('validates its input with typed errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ definitionId: definition.id }, 'BAD_USER_INPUT'],
      [{ personId: person.id, personEmail: person.email, definitionId: definition.id }, 'BAD_USER_INPUT'],
      [{ personEmail: 'nobody@nowhere.example', definitionId: definition.id }, 'NOT_FOUND'],
      [{ personId: 'not-a-uuid', definitionId: definition.id }, 'NOT_FOUND'],
      [{ personId: person.id, definitionId: 'no-such-definition' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const r = await t.gql(ISSUE, { input });
      expect([JSON.stringify(input), (r.errors as Errors)?.[0].extensions?.code]).toEqual([JSON.stringify(input), code]);
    }
  });

  it('an accepted assignment completes by itself when L&D imports the demo credential for that person', async () => {
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const assigned = await t.gql<{ assignCredential: { assignments: { id: string; status: string }[] } }>(ASSIGN, { input: { personIds: [person.id], definitionId: definition.id, dueDate: due } });
    expect(assigned.errors).toBeUndefined();
    const assignmentId = assigned.data!.assignCredential.assignments[0].id;

    // By e-mail (upper case) and by the catalogue slug, as the CLI allows.
    const issued = await t.gql<{ issueDemoCredential: Issued }>(ISSUE, { input: { personEmail: person.email.toUpperCase(), definitionId: definition.slug } });
    expect(issued.errors).toBeUndefined();
    const c = issued.data!.issueDemoCredential;
    expect(c.person.id).toBe(person.id);
    expect(c.definition.id).toBe(definition.id);
    expect(c.issuer.id).toBe(definition.issuer_id);
    expect(c.filename).toMatch(/^demo-credential-[a-z0-9-]+\.json$/);
    const doc = JSON.parse(c.document) as { type: string[]; proof: { cryptosuite: string }; issuer: { id: string }; credentialSubject: { identifier: { identityHash: string }[] }; validUntil: string };
    expect(doc.type).toContain('OpenBadgeCredential');
    expect(doc.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(doc.issuer.id).toBe(c.issuer.did);
    expect(doc.credentialSubject.identifier[0].identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(c.document).not.toContain(person.email); // the recipient is only hashed
    const months = (Date.parse(c.validUntil!) - Date.parse(c.validFrom)) / (30.44 * 86_400_000);
    expect(Math.round(months)).toBe(definition.validity_months);

    // Still open: issuing alone changes nothing.
    const board0 = await t.gql<{ learningAssignments: { edges: { node: { id: string; status: string } }[] } }>(BOARD, { teamId: person.team_id });
    expect(board0.data!.learningAssignments.edges.find((e) => e.node.id === assignmentId)?.node.status).toBe('ASSIGNED');

    // L&D imports it for the person (as the Import page does from the assignment card): recipient binding checked.
    const imported = await t.gql<{ importCredential: { created: boolean; credential: { id: string; verification: { status: string; reasons: string[] } } } }>(IMPORT, { input: { personId: person.id, document: c.document } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importCredential.credential.verification).toMatchObject({ status: 'VERIFIED' });
    const credentialId = imported.data!.importCredential.credential.id;
    const [row] = (await db.query('SELECT person_id, definition_id, verification_status FROM credential WHERE id = $1', [credentialId])).rows;
    expect(row).toEqual({ person_id: person.id, definition_id: definition.id, verification_status: 'VERIFIED' });

    // The same document for someone else: its recipient hash does not name them.
    const [other] = (await db.query(`SELECT id FROM person WHERE organization_id = $1 AND id <> $2 AND kind = 'EMPLOYEE' ORDER BY id LIMIT 1`, [person.organization_id, person.id])).rows as { id: string }[];
    const issuedAgain = await t.gql<{ issueDemoCredential: Issued }>(ISSUE, { input: { personId: person.id, definitionId: definition.id } });
    const mismatch = await t.gql(IMPORT, { input: { personId: other.id, document: issuedAgain.data!.issueDemoCredential.document } });
    expect((mismatch.errors as Errors)?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((mismatch.errors as Errors)?.[0].message).toMatch(/recipient/i);

    const board = await t.gql<{ learningAssignments: { edges: { node: { id: string; status: string; completedAt: string | null; completedByCredentialId: string | null } }[] } }>(BOARD, { teamId: person.team_id });
    expect(board.data!.learningAssignments.edges.find((e) => e.node.id === assignmentId)?.node).toMatchObject({ status: 'COMPLETED', completedByCredentialId: credentialId });
  });

  it('a pasted credential without a person is attached to the one person its recipient names (PRODUCT.md §3)', async () => {
    const issued = await t.gql<{ issueDemoCredential: Issued }>(ISSUE, { input: { personId: person.id, definitionId: definition.id } });
    expect(issued.errors).toBeUndefined();
    const PASTE = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { created credential { id person { id } verification { status checks { name outcome } } } } }`;
    const r = await t.gql<{ importCredential: { created: boolean; credential: { id: string; person: { id: string } | null; verification: { status: string; checks: { name: string; outcome: string }[] } } } }>(
      PASTE, { input: { document: issued.data!.issueDemoCredential.document } },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.importCredential.credential;
    expect(c.person?.id).toBe(person.id);
    expect(c.verification.status).toBe('VERIFIED');
    // The stored report carries the recipient check against that person.
    expect(c.verification.checks.find((k) => k.name === 'recipient')?.outcome).toBe('PASS');
    const [row] = (await db.query('SELECT person_id FROM credential WHERE id = $1', [c.id])).rows;
    expect(row).toEqual({ person_id: person.id });
  });

  it('is refused outside the demo organisation', async () => {
    await db.query(`UPDATE organization SET slug = slug || '-not-demo' WHERE id = $1`, [person.organization_id]);
    try {
      expect((await t.gql<{ demoIssuing: boolean }>('{ demoIssuing }')).data?.demoIssuing).toBe(false);
      const r = await t.gql(ISSUE, { input: { personId: person.id, definitionId: definition.id } });
      expect((r.errors as Errors)?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await db.query(`UPDATE organization SET slug = regexp_replace(slug, '-not-demo$', '') WHERE id = $1`, [person.organization_id]);
    }
  });
});
