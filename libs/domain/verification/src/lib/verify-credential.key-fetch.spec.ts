import { createFixtureFetcher, loadManifest, readFixtureText } from '../testing/fixture-fetcher';
import { didWebToUrl } from './did-web';
import type { Fetcher } from './fetcher';
import { FetchError } from './verification.exception';
import { verifyCredential } from './verify-credential';

/**
 * Issuer key documents that cannot be fetched (README "Decisions"): a transient failure (network
 * error, timeout, 5xx — FetchError.transient) means "could not check" → INDETERMINATE
 * KEY_UNRESOLVABLE, retried by re-verification; a permanent failure, or a fetched document that
 * does not list the key, FAILS with KEY_UNRESOLVABLE.
 */
const AS_OF = new Date('2026-11-30T00:00:00Z');
const DID_WEB_VC = 'ob3-valid/dcc-vctf__v2_dataIntegrityProof_didweb_oidf-noStatus-notExpired.json';
const DID = 'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:oidf';
const DID_URL = didWebToUrl(DID);

/** The fixture fetcher, except for the issuer's DID document URL, answered by `didDocument`. */
function fetcherWith(didDocument: (url: string, original: () => Promise<unknown>) => Promise<unknown>): Fetcher {
  const inner = createFixtureFetcher(loadManifest());
  return { fetchJson: (url) => (url === DID_URL ? didDocument(url, () => inner.fetchJson(url)) : inner.fetchJson(url)) };
}

async function verifyWith(fetcher: Fetcher) {
  return (await verifyCredential(readFixtureText(DID_WEB_VC), { asOf: AS_OF, fetcher })).report;
}

describe('issuer key document fetch failures', () => {
  it('baseline: the did:web credential is VERIFIED when its DID document is served', async () => {
    expect((await verifyWith(fetcherWith((_url, original) => original()))).status).toBe('VERIFIED');
  });

  it.each([
    ['a timeout', 'timed out after 5000 ms'],
    ['HTTP 503', 'HTTP 503'],
    ['a connection reset', 'request failed: socket hang up'],
  ])('a transient failure (%s) → INDETERMINATE KEY_UNRESOLVABLE, proof and issuer UNKNOWN', async (_name, message) => {
    const report = await verifyWith(fetcherWith(async (url) => { throw new FetchError(url, message, { transient: true }); }));
    expect(report.status).toBe('INDETERMINATE');
    expect(report.reasons).toEqual(['KEY_UNRESOLVABLE']);
    const issuer = report.checks.find((c) => c.name === 'issuer');
    expect(issuer).toMatchObject({ outcome: 'UNKNOWN', code: 'KEY_UNRESOLVABLE' });
    expect(issuer?.message).toContain('temporary failure');
    expect(report.checks.find((c) => c.name === 'proof')).toMatchObject({ outcome: 'UNKNOWN', code: 'KEY_UNRESOLVABLE' });
  });

  it('a permanent failure (HTTP 404) → FAILED KEY_UNRESOLVABLE', async () => {
    const report = await verifyWith(fetcherWith(async (url) => { throw new FetchError(url, 'HTTP 404'); }));
    expect(report.status).toBe('FAILED');
    expect(report.checks.find((c) => c.name === 'issuer')).toMatchObject({ outcome: 'FAIL', code: 'KEY_UNRESOLVABLE' });
  });

  it('a fetched DID document that does not list the key → FAILED KEY_UNRESOLVABLE', async () => {
    const report = await verifyWith(
      fetcherWith(async (_url, original) => ({ ...(await original() as Record<string, unknown>), assertionMethod: [], verificationMethod: [] })),
    );
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('KEY_UNRESOLVABLE');
  });

  it('a fetched document that is not the DID document of the issuer → FAILED KEY_UNRESOLVABLE', async () => {
    const report = await verifyWith(fetcherWith(async (_url, original) => ({ ...(await original() as Record<string, unknown>), id: 'did:web:elsewhere.example' })));
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain('KEY_UNRESOLVABLE');
  });

  it('a malformed key in the fetched document → FAILED', async () => {
    const report = await verifyWith(
      fetcherWith(async (_url, original) => {
        const doc = (await original()) as Record<string, unknown>;
        const broken = (key: string) => (doc[key] as Record<string, unknown>[]).map((m) => ({ ...m, publicKeyMultibase: 'z6MkNOTAKEY' }));
        return { ...doc, assertionMethod: broken('assertionMethod'), verificationMethod: broken('verificationMethod') };
      }),
    );
    expect(report.status).toBe('FAILED');
  });
});
