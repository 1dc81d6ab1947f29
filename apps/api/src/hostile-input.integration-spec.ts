/**
 * Hostile input over HTTP (issue 3 "Done when"): not JSON, 20,000-deep nesting, a 6 MB document,
 * `alg: none`, HS256 keyed with the issuer's public key → a typed error or a FAILED report, never a
 * 500 / INTERNAL_SERVER_ERROR, and the server keeps answering.
 */
import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { importIssuerKey } from '@skillproof/domain-verification';
import { startTestApp, type TestApp } from '../test/test-app';

/** Signs in as the demo admin when the API has sign-in (`login`); no header otherwise. */
async function signIn(baseUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: 'admin@skillproof.example', p: 'demo-admin-2025' } }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken?: string } } };
  const token = body.data?.login?.accessToken;
  return token ? { authorization: `Bearer ${token}` } : {};
}

type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

const IMPORT = `mutation($input: ImportCredentialInput!) { importCredential(input: $input) { credential { id verification { status reasons } } } }`;
const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

describe('hostile input never gets a 500 (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let db: Client;
  let issuerDid: string;
  let publicKeyMultibase: string;
  let auth: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    auth = await signIn(t.baseUrl);
    db = new Client({ connectionString: process.env['SKILLPROOF_TEST_DB_URL'] });
    await db.connect();
    const row = await db.query('SELECT key_pair FROM issuer_key ORDER BY issuer_id LIMIT 1');
    const key = await importIssuerKey(row.rows[0].key_pair);
    issuerDid = key.did;
    publicKeyMultibase = key.did.replace(/^did:key:/, '');
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** POSTs raw GraphQL and returns status + parsed body. */
  const post = async (body: string) => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body });
    const text = await res.text();
    let json: { data?: { importCredential?: { credential: { verification: { status: string; reasons: string[] } } } }; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try { json = JSON.parse(text); } catch { /* asserted below */ }
    return { status: res.status, text, json };
  };
  const importDoc = (document: string) => post(JSON.stringify({ query: IMPORT, variables: { input: { document } } }));

  const expectTypedOrFailed = (r: Awaited<ReturnType<typeof post>>, label: string) => {
    expect([label, r.status < 500]).toEqual([label, true]);
    const codes = (r.json.errors ?? []).map((e) => e.extensions?.code);
    expect([label, codes.includes('INTERNAL_SERVER_ERROR')]).toEqual([label, false]);
    if (r.json.errors?.length) expect([label, codes.every((c) => c === 'BAD_USER_INPUT')]).toEqual([label, true]);
    else expect([label, r.json.data?.importCredential?.credential.verification.status]).toEqual([label, 'FAILED']);
  };

  it('not JSON: as a document → FAILED MALFORMED; as the request body → typed 400', async () => {
    const r = await importDoc('{"@context": [ this is not json');
    expectTypedOrFailed(r, 'not JSON document');
    expect(r.json.data!.importCredential!.credential.verification.reasons).toContain('MALFORMED');
    const body = await post('{"query": "mutation { importCredential(');
    expect(body.status).toBe(400);
    expect(body.json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('20,000-deep nesting → FAILED (or typed error), no stack overflow', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expectTypedOrFailed(await importDoc(deep), 'deep array');
    const deepObject = `{"@context":"https://www.w3.org/ns/credentials/v2","x":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    expectTypedOrFailed(await importDoc(deepObject), 'deep object');
  });

  it('a 6 MB document → 413 with a typed BAD_USER_INPUT error, not a 500; 2.1 MB → BAD_USER_INPUT', async () => {
    const huge = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], image: 'A'.repeat(6 * 1024 * 1024) });
    const r = await importDoc(huge);
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors?.[0].message).toMatch(/larger than the limit/);
    const big = await importDoc(JSON.stringify({ image: 'A'.repeat(2_100_000) }));
    expect(big.json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('`alg: none` JWT → FAILED', async () => {
    const payload = { iss: issuerDid, vc: { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], issuer: issuerDid, issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:x' } } };
    const jwt = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`;
    expectTypedOrFailed(await importDoc(jwt), 'alg none');
    const vcJwt = `${b64url({ alg: 'none', typ: 'vc+jwt' })}.${b64url({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: issuerDid, credentialSubject: { id: 'did:example:x' } })}.`;
    expectTypedOrFailed(await importDoc(vcJwt), 'alg none vc+jwt');
  });

  it('HS256 keyed with the issuer public key → FAILED', async () => {
    const header = { alg: 'HS256', typ: 'JWT', kid: `${issuerDid}#${publicKeyMultibase}` };
    const payload = { iss: issuerDid, nbf: 1735689600, vc: { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], issuer: issuerDid, issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:x' } } };
    const input = `${b64url(header)}.${b64url(payload)}`;
    for (const secret of [publicKeyMultibase, issuerDid]) {
      const sig = createHmac('sha256', secret).update(input).digest('base64url');
      expectTypedOrFailed(await importDoc(`${input}.${sig}`), `HS256 ${secret.slice(0, 12)}`);
    }
  });

  it('the server still answers /health and GraphQL afterwards', async () => {
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const r = await post(JSON.stringify({ query: `{ jobs(first: 1) { totalCount } }` })) as unknown as { json: GqlResult<{ jobs: { totalCount: number } }> };
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data!.jobs.totalCount).toBeGreaterThan(0);
  });
});
