import { createFixtureFetcher, loadManifest, readFixtureText } from '../testing/fixture-fetcher';
import { verifyCredential } from './verify-credential';
import type { Fetcher } from './fetcher';

const AS_OF = new Date('2026-11-30T00:00:00Z');
const CATEGORIES = [
  'ob3-valid',
  'ob3-expired',
  'ob3-not-yet-valid',
  'ob3-bad-signature',
  'ob3-revoked',
  'ob3-malformed',
  'ob3-status-unverifiable',
  'ob3-key-unresolved-or-untrusted',
  'ob3-legacy-unsupported',
];

const manifest = loadManifest();
const cases = manifest.fixtures
  .filter((f) => CATEGORIES.includes(f.category))
  .map((f) => [f.file, f] as const);

describe('verifyCredential against the shared credential fixtures (offline, as of 2026-11-30)', () => {
  let fetcher: Fetcher;
  const requested: string[] = [];
  const realFetch = globalThis.fetch;

  beforeAll(() => {
    const inner = createFixtureFetcher(manifest);
    fetcher = {
      fetchJson: (url) => {
        requested.push(url);
        return inner.fetchJson(url);
      },
    };
    globalThis.fetch = () => {
      throw new Error('network access is forbidden in verification tests');
    };
  });

  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('covers every fixture of the listed categories', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', async (_file, fixture) => {
    const { report, credential } = await verifyCredential(readFixtureText(fixture.file), { asOf: AS_OF, fetcher });
    const detail = JSON.stringify(report.checks, null, 1);
    expect({ verified: report.status === 'VERIFIED', detail }).toEqual({ verified: fixture.expected.verified, detail });
    for (const code of fixture.expected.reason.split('+')) {
      expect({ reasons: report.reasons, detail }).toEqual({ reasons: expect.arrayContaining([code]), detail });
    }
    expect(credential?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.asOf).toBe(AS_OF);
  });

  it('only asked the fetcher for known offline documents', () => {
    expect(requested.length).toBeGreaterThan(0);
  });
});
