import { createHash, createHmac } from 'node:crypto';
import { createFixtureFetcher, readFixtureText } from '../testing/fixture-fetcher';
import { hashIdentity } from './identity-hash';
import { matchRecipient } from './recipient';
import { verifyCredential } from './verify-credential';

const AS_OF = new Date('2026-11-30T00:00:00Z');
const VALID_JWT = 'jwt-valid/gen__ob3-vc+jwt-eddsa-didkey.jwt';
const RSA_JWT = 'jwt-valid/gen__ob3-vc-jwt-1.1-rs256-https-kid.jwt';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (jwt: string) => jwt.trim().split('.');

describe('hostile input: a typed FAILED report, never a throw, never a hang', () => {
  const fetcher = createFixtureFetcher();

  it.each([
    ['not JSON', () => 'this is { not json', 'MALFORMED'],
    ['20,000-deep nesting', () => '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), 'MALFORMED'],
    ['20,000-deep arrays', () => '['.repeat(20_000) + ']'.repeat(20_000), 'MALFORMED'],
    ['a 6 MB document', () => JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], image: 'x'.repeat(6_000_000) }), 'TOO_LARGE'],
    ['100,000 array items', () => JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: new Array(100_000).fill('VerifiableCredential') }), 'TOO_LARGE'],
    ['a JWT with a 20,000-deep payload', () => `${b64({ alg: 'EdDSA' })}.${Buffer.from('['.repeat(20_000) + ']'.repeat(20_000)).toString('base64url')}.c2ln`, 'MALFORMED'],
  ])('%s', async (_name, make, code) => {
    const started = Date.now();
    const { report } = await verifyCredential(make(), { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain(code);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);

  it('a 20,000-deep object passed as a value is MALFORMED', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const { report } = await verifyCredential(deep as object, { asOf: AS_OF });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('MALFORMED');
  }, 10_000);

  it('alg "none" (signature stripped) is FAILED BAD_SIGNATURE', async () => {
    const [, payload] = partsOf(readFixtureText(VALID_JWT));
    const { report } = await verifyCredential(`${b64({ alg: 'none', typ: 'vc+jwt' })}.${payload}.`, { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('BAD_SIGNATURE');
    expect(report.checks.find((c) => c.name === 'proof')?.message).toMatch(/none/);
  });

  it.each([
    ['the did:key public key (multibase)', VALID_JWT, (kid: string) => kid.split('#')[1]],
    ['the RSA issuer key (JWK JSON)', RSA_JWT, () => readFixtureText('support/issuer-docs/gen__fixtures.example_issuers_rsa-1.json')],
  ])('HS256 keyed with %s is FAILED BAD_SIGNATURE', async (_name, file, secretOf) => {
    const [headerPart, payload] = partsOf(readFixtureText(file));
    const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as { kid: string };
    const forgedHeader = b64({ ...header, alg: 'HS256' });
    const signature = createHmac('sha256', secretOf(header.kid)).update(`${forgedHeader}.${payload}`).digest('base64url');
    const { report } = await verifyCredential(`${forgedHeader}.${payload}.${signature}`, { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('BAD_SIGNATURE');
  });

  it('an algorithm that does not fit the key type (ES256 with an Ed25519 did:key) is FAILED BAD_SIGNATURE', async () => {
    const [headerPart, payload, signature] = partsOf(readFixtureText(VALID_JWT));
    const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { report } = await verifyCredential(`${b64({ ...header, alg: 'ES256' })}.${payload}.${signature}`, { asOf: AS_OF, fetcher });
    expect(report.reasons).toContain('BAD_SIGNATURE');
    expect(report.checks.find((c) => c.name === 'proof')?.message).toMatch(/does not fit/);
  });

  it('a non-canonical base64url signature is refused (one credential, one serialisation)', async () => {
    const jwt = readFixtureText(VALID_JWT).trim();
    const last = jwt[jwt.length - 1];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1];
    const { report } = await verifyCredential(jwt.slice(0, -1) + twin, { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
  });

  it('the valid VC-JWT itself verifies (the attacks above are not failing for another reason)', async () => {
    const { report, credential } = await verifyCredential(readFixtureText(VALID_JWT), { asOf: AS_OF, fetcher });
    expect(report.status).toBe('VERIFIED');
    expect(credential?.format).toBe('VC_JWT');
  });
});

describe('recipient binding', () => {
  const fetcher = createFixtureFetcher();

  it('case C4: upper-case sha256 hex, salt "s4lt", person email with capitals → PASS, message says case-insensitive', () => {
    const hex = createHash('sha256').update('ana.lima@example.org' + 's4lt').digest('hex').toUpperCase();
    const subject = { identifier: [{ identityHash: `sha256$${hex}`, identityType: 'emailAddress', hashed: true, salt: 's4lt' }] };
    const match = matchRecipient(subject, { emails: ['Ana.Lima@Example.org'] });
    expect(match.matched).toBe(true);
    expect(match.identity).toBe('Ana.Lima@Example.org');
    expect(match.message).toMatch(/case-insensitive/);
    expect(matchRecipient(subject, { emails: ['ana.lima@example.com'] }).matched).toBe(false);
  });

  it('matches md5$ hashes, plain identities, subject DIDs and mailto ids', () => {
    const md5 = createHash('md5').update('bob@example.org' + 'pepper').digest('hex');
    expect(matchRecipient({ identifier: [{ identityHash: `md5$${md5}`, identityType: 'emailAddress', hashed: true, salt: 'pepper' }] }, { emails: ['BOB@example.org'] }).matched).toBe(true);
    expect(matchRecipient({ identifier: [{ identityHash: 'Bob@Example.org', identityType: 'emailAddress', hashed: false }] }, { emails: ['bob@example.org'] }).matched).toBe(true);
    expect(matchRecipient({ id: 'did:example:123' }, { dids: ['did:example:123'] }).matched).toBe(true);
    expect(matchRecipient({ id: 'did:example:123' }, { dids: ['did:example:456'] }).matched).toBe(false);
    expect(matchRecipient({ id: 'mailto:Bob@example.org' }, { emails: ['bob@EXAMPLE.org'] }).matched).toBe(true);
    expect(matchRecipient({}, { emails: ['bob@example.org'] }).matched).toBe(false);
  });

  it('hashIdentity output is matched (issuer and verifier agree)', () => {
    const identityHash = hashIdentity('Carol@Example.org', 'salt');
    expect(matchRecipient({ identifier: [{ identityHash, identityType: 'emailAddress', hashed: true, salt: 'salt' }] }, { emails: ['carol@example.org'] }).matched).toBe(true);
  });

  it('OB 2.0 hosted assertion: PASS for its recipient, FAIL RECIPIENT_MISMATCH for someone else, absent without the option', async () => {
    const text = readFixtureText('ob2-valid/1edtech__ob20_basic-assertion.json');
    const right = await verifyCredential(text, { asOf: AS_OF, fetcher, recipient: { emails: ['Nobody@Example.org'] } });
    expect(right.report.status).toBe('VERIFIED');
    expect(right.report.checks.find((c) => c.name === 'recipient')?.outcome).toBe('PASS');
    const wrong = await verifyCredential(text, { asOf: AS_OF, fetcher, recipient: { emails: ['someone@example.org'] } });
    expect(wrong.report.status).toBe('FAILED');
    expect(wrong.report.reasons).toEqual(['RECIPIENT_MISMATCH']);
    const none = await verifyCredential(text, { asOf: AS_OF, fetcher });
    expect(none.report.checks.map((c) => c.name)).not.toContain('recipient');
  });
});

describe('issuer trust is a separate flag', () => {
  const fetcher = createFixtureFetcher();
  const text = readFixtureText(VALID_JWT);
  const issuer = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';

  it('issuerTrusted is true only for a proven issuer on the list, and never changes the status', async () => {
    const trusted = await verifyCredential(text, { asOf: AS_OF, fetcher, trustedIssuers: [issuer] });
    const untrusted = await verifyCredential(text, { asOf: AS_OF, fetcher, trustedIssuers: ['did:web:other.example'] });
    expect(trusted.issuerTrusted).toBe(true);
    expect(untrusted.issuerTrusted).toBe(false);
    expect(trusted.report.status).toBe('VERIFIED');
    expect(untrusted.report.status).toBe('VERIFIED');
    const [h, p] = partsOf(text);
    const forged = await verifyCredential(`${h}.${p}.${'A'.repeat(86)}`, { asOf: AS_OF, fetcher, trustedIssuers: [issuer] });
    expect(forged.issuerTrusted).toBe(false);
  });
});

describe('hosted OB 2.0 by URL and case C7', () => {
  it('verifies the URL of a hosted assertion through the fetcher', async () => {
    const { report, credential } = await verifyCredential('https://example.org/beths-robotics-badge.json', { asOf: AS_OF, fetcher: createFixtureFetcher() });
    expect(report.status).toBe('VERIFIED');
    expect(credential?.format).toBe('OB2_HOSTED');
    expect(credential?.achievement?.name).toBe('Awesome Robotics Badge');
  });

  it('C7: a hosted assertion fetched from one URL that declares another id is FAILED OB2_SCOPE', async () => {
    const body = JSON.parse(readFixtureText('ob2-valid/1edtech__ob20_basic-assertion.json'));
    const base = createFixtureFetcher();
    const fetcher = {
      fetchJson: async (url: string) => (url === 'https://old.example.edu/a/1' ? { ...body, id: 'https://new.example.edu/a/1' } : base.fetchJson(url)),
    };
    const { report } = await verifyCredential('https://old.example.edu/a/1', { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('OB2_SCOPE');
  });
});
