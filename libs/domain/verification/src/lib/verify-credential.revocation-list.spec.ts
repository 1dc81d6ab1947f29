import { createFixtureFetcher, loadManifest, readFixtureText } from '../testing/fixture-fetcher';
import type { Fetcher } from './fetcher';
import { issueOpenBadgeCredential } from './issue-open-badge-credential';
import { generateIssuerKey } from './issuer-key';
import type { JsonRecord } from './json-value';
import { signCredential } from './sign-credential';
import { FetchError } from './verification.exception';
import { verifyCredential } from './verify-credential';

/** 1EdTech Revocation List Status Method 1.0 (`credentialStatus.type` = `1EdTechRevocationList`). */
const AS_OF = new Date('2026-11-30T00:00:00Z');
const LIST_URL = 'https://issuer.example/revocations';
const CREDENTIAL_ID = 'urn:uuid:6d0e1e2a-0000-4000-8000-00000000aa01';
const EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

let signed: JsonRecord;
let issuerId: string;

beforeAll(async () => {
  const key = await generateIssuerKey(new Uint8Array(32).fill(3));
  issuerId = key.did;
  const issued = await issueOpenBadgeCredential({
    key,
    issuer: { id: key.did, name: 'Revocation list test issuer' },
    credentialId: CREDENTIAL_ID,
    subject: { email: 'rl@example.org', salt: 'x' },
    achievement: { id: 'https://issuer.example/achievements/1', name: 'A', description: 'A test achievement', criteria: { narrative: 'n' } },
    validFrom: new Date('2025-01-01T00:00:00Z'),
    created: new Date('2025-01-01T00:00:00Z'),
  });
  const { proof: _proof, ...unsigned } = issued;
  unsigned['@context'] = [...(unsigned['@context'] as string[]), EXTENSIONS_CONTEXT];
  unsigned['credentialStatus'] = { id: LIST_URL, type: '1EdTechRevocationList' };
  signed = await signCredential(unsigned, key, new Date('2025-01-01T00:00:00Z'));
});

function listFetcher(list: unknown): Fetcher {
  return {
    fetchJson: async (url) => {
      if (url !== LIST_URL) throw new FetchError(url, 'unknown URL');
      if (list instanceof Error) throw list;
      return list;
    },
  };
}

async function statusWith(list: unknown) {
  const { report } = await verifyCredential(JSON.stringify(signed), { asOf: AS_OF, fetcher: listFetcher(list) });
  return { status: report.status, reasons: report.reasons, check: report.checks.find((c) => c.name === 'status') };
}

describe('1EdTechRevocationList status', () => {
  it('a listed credential id (revoked omitted) → FAILED REVOKED, with the reason', async () => {
    const r = await statusWith({ id: LIST_URL, issuer: { id: issuerId }, revokedCredentials: [{ id: 'urn:uuid:other' }, { id: CREDENTIAL_ID, revocationReason: 'Issued in error' }] });
    expect(r.status).toBe('FAILED');
    expect(r.reasons).toEqual(['REVOKED']);
    expect(r.check?.message).toContain('Issued in error');
  });

  it('a listed id with revoked: true → REVOKED; with revoked: false → VERIFIED', async () => {
    expect((await statusWith({ revokedCredentials: [{ id: CREDENTIAL_ID, revoked: true }] })).reasons).toEqual(['REVOKED']);
    expect((await statusWith({ revokedCredentials: [{ id: CREDENTIAL_ID, revoked: false }] })).status).toBe('VERIFIED');
  });

  it('an id not on the list → VERIFIED (status PASS naming the list)', async () => {
    const r = await statusWith({ issuer: issuerId, revokedCredentials: [{ id: 'urn:uuid:other' }, 'urn:uuid:plain-string-ignored'] });
    expect(r.status).toBe('VERIFIED');
    expect(r.check).toMatchObject({ outcome: 'PASS', message: `Not revoked (${LIST_URL})` });
  });

  it.each([
    ['the list is unreachable', new FetchError(LIST_URL, 'HTTP 503', { transient: true })],
    ['the list has no revokedCredentials', { id: LIST_URL }],
    ['the list belongs to another issuer', { issuer: 'did:key:z6MkSomeoneElse', revokedCredentials: [] }],
    ['the list is not an object', ['nope']],
  ])('%s → INDETERMINATE STATUS_UNVERIFIABLE (never "not revoked")', async (_name, list) => {
    const r = await statusWith(list);
    expect(r.status).toBe('INDETERMINATE');
    expect(r.reasons).toEqual(['STATUS_UNVERIFIABLE']);
  });

  it('the 1EdTech "complete" fixture is REVOKED once its list (served here) names it', async () => {
    const inner = createFixtureFetcher(loadManifest());
    const listUrl = 'https://1edtech.edu/credentials/3732/revocations';
    const fetcher: Fetcher = {
      fetchJson: async (url) => (url === listUrl ? { revokedCredentials: [{ id: 'http://1edtech.edu/credentials/3732' }] } : inner.fetchJson(url)),
    };
    const { report } = await verifyCredential(readFixtureText('ob3-legacy-unsupported/1edtech__ob30_complete.json'), { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toEqual(['REVOKED']);
  });
});
