import { encodeStatusList } from './create-status-list-credential';
import { createCachingFetcher, createMapFetcher } from './fetcher';
import { decodeStatusList, readStatusBit } from './status-list';
import { parseDateTime } from './validity';
import { verifyCredential } from './verify-credential';
import { FetchError } from './verification.exception';
import { bundledContextUrls } from './document-loader';
import { didWebToUrl } from './did-web';
import { readFixtureText } from '../testing/fixture-fetcher';

const AS_OF = new Date('2026-11-30T00:00:00Z');
const VALID = 'ob3-valid/dcc-verifier-core__v2_v2NoStatus.json';

describe('hostile input never throws', () => {
  it.each([
    ['not JSON', '{"@context": ', 'MALFORMED'],
    ['a JSON array', '[1,2,3]', 'MALFORMED'],
    ['a JSON string', '"hello"', 'MALFORMED'],
    ['too deep', '['.repeat(100_000) + ']'.repeat(100_000), 'MALFORMED'],
    ['too large', JSON.stringify({ a: 'x'.repeat(1_000_001) }), 'TOO_LARGE'],
    ['an empty object', '{}', 'MALFORMED'],
  ])('%s → FAILED %s', async (_name, input, code) => {
    const { report } = await verifyCredential(input, { asOf: AS_OF });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toContain(code);
  });

  it('rejects a cyclic object as MALFORMED', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect((await verifyCredential(cyclic, { asOf: AS_OF })).report.reasons).toEqual(['MALFORMED']);
  });

  it('reports a compact JWS with an empty vc claim and no key as FAILED (MALFORMED, KEY_UNRESOLVABLE)', async () => {
    const { report } = await verifyCredential('eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln', { asOf: AS_OF });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toEqual(['MALFORMED', 'KEY_UNRESOLVABLE']);
  });

  it('honours maxBytes', async () => {
    const { report } = await verifyCredential(readFixtureText(VALID), { asOf: AS_OF, maxBytes: 100 });
    expect(report.reasons).toEqual(['TOO_LARGE']);
  });

  it('names an unknown context URL', async () => {
    const doc = JSON.parse(readFixtureText(VALID));
    doc['@context'].push('https://evil.example/ctx.jsonld');
    const { report } = await verifyCredential(doc, { asOf: AS_OF });
    expect(report.reasons).toEqual(['MALFORMED']);
    expect(report.checks[0].message).toContain('https://evil.example/ctx.jsonld');
  });

  it('gives the same contentHash for the same credential whatever the formatting', async () => {
    const text = readFixtureText(VALID);
    const a = await verifyCredential(text, { asOf: AS_OF });
    const b = await verifyCredential(JSON.stringify(JSON.parse(text)), { asOf: AS_OF });
    expect(a.credential?.contentHash).toBe(b.credential?.contentHash);
  });

  it('judges validity as of asOf, never the clock', async () => {
    const text = readFixtureText('ob3-expired/dcc-verifier-core__v2_v2Expired.json');
    expect((await verifyCredential(text, { asOf: new Date('2010-06-01T00:00:00Z') })).report.reasons).not.toContain('EXPIRED');
    expect((await verifyCredential(text, { asOf: AS_OF })).report.reasons).toContain('EXPIRED');
  });
});

describe('status bits are read by this library', () => {
  it('indexes from the most significant bit of the first byte (BSL 1.0 §3.2)', () => {
    const list = decodeStatusList(encodeStatusList(16, [0, 9]));
    expect([...list]).toEqual([0x80, 0x40]);
    expect(readStatusBit(list, 0)).toBe(true);
    expect(readStatusBit(list, 1)).toBe(false);
    expect(readStatusBit(list, 9)).toBe(true);
    expect(() => readStatusBit(list, 16)).toThrow(RangeError);
  });

  it('a revoked fixture is REVOKED, not "verified" (library pitfall: checkStatus verified=true means "checked")', async () => {
    const list = JSON.parse(readFixtureText('support/status-lists/gen__bsl-revocation-1.json'));
    const credential = JSON.parse(readFixtureText('ob3-revoked/gen__ob3-v2-eddsa-didkey-revoked.json'));
    const bits = decodeStatusList(list.credentialSubject.encodedList);
    expect(readStatusBit(bits, Number(credential.credentialStatus.statusListIndex))).toBe(true);
    const fetcher = createMapFetcher({ [credential.credentialStatus.statusListCredential]: list });
    const { report } = await verifyCredential(credential, { asOf: AS_OF, fetcher });
    expect(report.status).toBe('FAILED');
    expect(report.reasons).toEqual(['REVOKED']);
  });

  it('an unreachable status list is INDETERMINATE (could not check), never "not revoked"', async () => {
    const credential = JSON.parse(readFixtureText('ob3-revoked/gen__ob3-v2-eddsa-didkey-revoked.json'));
    const { report } = await verifyCredential(credential, { asOf: AS_OF, fetcher: createMapFetcher({}) });
    expect(report.status).toBe('INDETERMINATE');
    expect(report.reasons).toEqual(['STATUS_UNVERIFIABLE']);
  });
});

describe('fetchers', () => {
  it('map fetcher throws FetchError for unknown URLs and returns copies', async () => {
    const fetcher = createMapFetcher({ 'https://a.test/x': { n: 1 } });
    await expect(fetcher.fetchJson('https://a.test/y')).rejects.toBeInstanceOf(FetchError);
    const first = (await fetcher.fetchJson('https://a.test/x')) as { n: number };
    first.n = 2;
    expect(await fetcher.fetchJson('https://a.test/x')).toEqual({ n: 1 });
  });

  it('caching fetcher caches successes for ttlMs and does not cache failures', async () => {
    let calls = 0;
    let now = 0;
    const inner = {
      fetchJson: async (url: string) => {
        calls++;
        if (url.endsWith('fail')) throw new FetchError(url);
        return { url };
      },
    };
    const fetcher = createCachingFetcher(inner, { ttlMs: 1000, now: () => now });
    await fetcher.fetchJson('https://a.test/ok');
    await fetcher.fetchJson('https://a.test/ok');
    expect(calls).toBe(1);
    now = 1001;
    await fetcher.fetchJson('https://a.test/ok');
    expect(calls).toBe(2);
    await expect(fetcher.fetchJson('https://a.test/fail')).rejects.toBeInstanceOf(FetchError);
    await expect(fetcher.fetchJson('https://a.test/fail')).rejects.toBeInstanceOf(FetchError);
    expect(calls).toBe(4);
  });
});

describe('helpers', () => {
  it('reads date-only values as midnight UTC and rejects impossible dates', () => {
    expect(parseDateTime('2026-03-01')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(parseDateTime('2026-03-01T10:00:00+02:00')).toEqual(new Date('2026-03-01T08:00:00Z'));
    expect(parseDateTime('2026-02-30')).toBeUndefined();
    expect(parseDateTime('yesterday')).toBeUndefined();
  });

  it('maps did:web DIDs to their document URLs', () => {
    expect(didWebToUrl('did:web:example.com')).toBe('https://example.com/.well-known/did.json');
    expect(didWebToUrl('did:web:example.com%3A8443:u:alice#key-1')).toBe('https://example.com:8443/u/alice/did.json');
    expect(() => didWebToUrl('did:key:z6Mk')).toThrow(TypeError);
  });

  it('bundles the contexts the product relies on', () => {
    expect(bundledContextUrls()).toEqual(
      expect.arrayContaining([
        'https://www.w3.org/ns/credentials/v2',
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://www.w3.org/ns/credentials/status/v1',
        'https://w3id.org/vc/status-list/2021/v1',
        'https://w3id.org/security/data-integrity/v2',
      ]),
    );
  });
});
