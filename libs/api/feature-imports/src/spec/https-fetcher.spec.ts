import * as dns from 'node:dns';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { FetchError } from '@skillproof/domain-verification';
import {
  createHttpsFetcher, createOfflineFetcher, isJsonContentType, isPublicAddress,
  type ResolvedAddress, type Transport, type TransportResponse,
} from '../fetcher/https-fetcher';

interface FakeReply { status?: number; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[]; delayMs?: number }

/** Fake DNS + HTTP layer: records every call, never touches the network. */
function fakeNet(dnsTable: Record<string, string[]>, replies: Record<string, FakeReply>) {
  const calls: { url: string; address: string }[] = [];
  const lookups: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    lookups.push(host);
    const a = dnsTable[host];
    if (!a) throw new Error(`ENOTFOUND ${host}`);
    return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  let destroyed = 0;
  const transport: Transport = async (url, address, signal) => {
    calls.push({ url: url.toString(), address: address.address });
    const r = replies[url.toString()] ?? { status: 404 };
    if (r.delayMs) {
      await new Promise((res, rej) => {
        const t = setTimeout(res, r.delayMs);
        signal.addEventListener('abort', () => { clearTimeout(t); rej(new Error('aborted')); });
      });
    }
    const chunks = r.chunks ?? [Buffer.from(r.body ?? '')];
    const response: TransportResponse = {
      status: r.status ?? 200,
      headers: { 'content-type': 'application/json', ...(r.headers ?? {}) },
      body: Readable.from(chunks),
      destroy: () => { destroyed += 1; },
    };
    return response;
  };
  return { resolve, transport, calls, lookups, destroyed: () => destroyed };
}

describe('createHttpsFetcher (fake DNS and HTTP: no real network)', () => {
  let realRequest: jest.SpyInstance;
  let realLookup: jest.SpyInstance;
  beforeEach(() => {
    realRequest = jest.spyOn(https, 'request').mockImplementation(() => { throw new Error('real network call'); });
    realLookup = jest.spyOn(dns, 'lookup').mockImplementation(() => { throw new Error('real DNS call'); });
  });
  afterEach(() => {
    expect(realRequest).not.toHaveBeenCalled();
    expect(realLookup).not.toHaveBeenCalled();
    jest.restoreAllMocks();
  });

  it('fetches JSON over https from a public address, connecting to the checked address', async () => {
    const net = fakeNet({ 'issuer.example': ['93.184.216.34'] }, { 'https://issuer.example/did.json': { body: '{"id":"did:web:issuer.example"}', headers: { 'content-type': 'application/did+json' } } });
    const f = createHttpsFetcher(net);
    await expect(f.fetchJson('https://issuer.example/did.json')).resolves.toEqual({ id: 'did:web:issuer.example' });
    expect(net.calls).toEqual([{ url: 'https://issuer.example/did.json', address: '93.184.216.34' }]);
  });

  it.each([
    ['http://issuer.example/x', /only https/],
    ['ftp://issuer.example/x', /only https/],
    ['not a url', /not a URL/],
    ['https://user:pw@issuer.example/x', /credentials/],
  ])('refuses %s before any connection', async (url, why) => {
    const net = fakeNet({ 'issuer.example': ['93.184.216.34'] }, {});
    await expect(createHttpsFetcher(net).fetchJson(url)).rejects.toThrow(why);
    expect(net.calls).toHaveLength(0);
  });

  it.each([
    ['127.0.0.1'], ['10.1.2.3'], ['172.16.0.1'], ['192.168.1.1'], ['169.254.169.254'], ['0.0.0.0'], ['100.64.0.1'],
    ['224.0.0.1'], ['::1'], ['fe80::1'], ['fc00::1'], ['fd12:3456::1'], ['ff02::1'], ['::ffff:127.0.0.1'], ['::'],
  ])('refuses a host resolving to the non-public address %s (SSRF)', async (address) => {
    const net = fakeNet({ 'evil.example': ['93.184.216.34', address] }, { 'https://evil.example/x': { body: '{}' } });
    const err = await createHttpsFetcher(net).fetchJson('https://evil.example/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(/non-public address/);
    expect(net.calls).toHaveLength(0);
  });

  it('refuses literal private IPs in the URL without DNS', async () => {
    const net = fakeNet({}, {});
    await expect(createHttpsFetcher(net).fetchJson('https://127.0.0.1/x')).rejects.toThrow(/non-public/);
    await expect(createHttpsFetcher(net).fetchJson('https://[::1]/x')).rejects.toThrow(/non-public/);
    expect(net.lookups).toHaveLength(0);
    expect(net.calls).toHaveLength(0);
  });

  it('follows at most 3 redirects, re-checking each target', async () => {
    const hop = (to: string): FakeReply => ({ status: 302, headers: { location: to } });
    const net = fakeNet({ 'a.example': ['93.184.216.34'], 'internal.example': ['10.0.0.5'] }, {
      'https://a.example/1': hop('/2'), 'https://a.example/2': hop('https://a.example/3'), 'https://a.example/3': hop('/4'),
      'https://a.example/4': { body: '{"ok":true}' }, 'https://a.example/5': hop('https://internal.example/secret'),
      'https://a.example/6': hop('http://a.example/plain'),
      'https://a.example/r1': hop('/r2'), 'https://a.example/r2': hop('/r3'), 'https://a.example/r3': hop('/r4'), 'https://a.example/r4': hop('/r5'),
    });
    const f = createHttpsFetcher(net);
    await expect(f.fetchJson('https://a.example/1')).resolves.toEqual({ ok: true });
    await expect(f.fetchJson('https://a.example/r1')).rejects.toThrow(/more than 3 redirects/);
    await expect(f.fetchJson('https://a.example/5')).rejects.toThrow(/non-public address 10.0.0.5/);
    await expect(f.fetchJson('https://a.example/6')).rejects.toThrow(/only https/);
    expect(net.calls.map((c) => c.url)).not.toContain('https://internal.example/secret');
  });

  it.each([
    ['application/json', true], ['application/ld+json; charset=utf-8', true], ['application/vc+ld+json', true],
    ['application/did+json', true], ['text/html', false], ['application/octet-stream', false], [undefined, false], ['text/json', false],
  ])('content type %s accepted: %s', (type, ok) => {
    expect(isJsonContentType(type)).toBe(ok);
  });

  it('refuses non-JSON content types and non-200 answers', async () => {
    const net = fakeNet({ 'a.example': ['93.184.216.34'] }, {
      'https://a.example/html': { body: '<html>', headers: { 'content-type': 'text/html' } },
      'https://a.example/500': { status: 500, body: '{}' },
      'https://a.example/bad': { body: '{not json' },
    });
    const f = createHttpsFetcher(net);
    await expect(f.fetchJson('https://a.example/html')).rejects.toThrow(/text\/html is not JSON/);
    await expect(f.fetchJson('https://a.example/500')).rejects.toThrow(/HTTP 500/);
    await expect(f.fetchJson('https://a.example/bad')).rejects.toThrow(/not valid JSON/);
  });

  it('cuts a body over the size limit while streaming (declared or not)', async () => {
    const big = Buffer.alloc(1024, 0x20);
    const net = fakeNet({ 'a.example': ['93.184.216.34'] }, {
      'https://a.example/stream': { chunks: Array.from({ length: 10 }, () => big) },
      'https://a.example/declared': { body: '{}', headers: { 'content-length': '999999999' } },
    });
    const f = createHttpsFetcher({ ...net, maxBytes: 4096 });
    await expect(f.fetchJson('https://a.example/stream')).rejects.toThrow(/exceeds the limit of 4096 bytes/);
    await expect(f.fetchJson('https://a.example/declared')).rejects.toThrow(/limit is 4096/);
    expect(net.destroyed()).toBe(2);
  });

  it('times out', async () => {
    const net = fakeNet({ 'slow.example': ['93.184.216.34'] }, { 'https://slow.example/x': { body: '{}', delayMs: 2000 } });
    await expect(createHttpsFetcher({ ...net, timeoutMs: 50 }).fetchJson('https://slow.example/x')).rejects.toThrow(/timed out after 50 ms/);
  });

  it('reports DNS failures as FetchError', async () => {
    const net = fakeNet({}, {});
    await expect(createHttpsFetcher(net).fetchJson('https://nowhere.example/x')).rejects.toThrow(/cannot resolve nowhere.example/);
  });

  it('marks timeouts, network errors, 5xx / 429 / 408 and EAI_AGAIN transient; 404, non-JSON, refusals and ENOTFOUND permanent', async () => {
    const net = fakeNet({ 'a.example': ['93.184.216.34'], 'slow.example': ['93.184.216.34'], 'private.example': ['10.0.0.1'] }, {
      'https://a.example/503': { status: 503, body: '{}' },
      'https://a.example/429': { status: 429, body: '{}' },
      'https://a.example/408': { status: 408, body: '{}' },
      'https://a.example/html': { body: '<html>', headers: { 'content-type': 'text/html' } },
      'https://slow.example/x': { body: '{}', delayMs: 2000 },
    });
    const transport: Transport = (url, address, signal) =>
      url.pathname === '/reset' ? Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })) : net.transport(url, address, signal);
    const resolve = async (host: string) => {
      if (host === 'flaky.example') throw Object.assign(new Error('getaddrinfo EAI_AGAIN flaky.example'), { code: 'EAI_AGAIN' });
      return net.resolve(host);
    };
    const f = createHttpsFetcher({ resolve, transport, timeoutMs: 50 });
    const transientOf = (url: string) => f.fetchJson(url).then(() => 'resolved', (e: unknown) => (e instanceof FetchError ? e.transient : 'not a FetchError'));
    for (const url of ['https://a.example/503', 'https://a.example/429', 'https://a.example/408', 'https://a.example/reset', 'https://slow.example/x', 'https://flaky.example/x']) {
      expect({ url, transient: await transientOf(url) }).toEqual({ url, transient: true });
    }
    for (const url of ['https://a.example/404', 'https://a.example/html', 'https://private.example/x', 'https://nowhere.example/x', 'http://a.example/x']) {
      expect({ url, transient: await transientOf(url) }).toEqual({ url, transient: false });
    }
    await expect(createOfflineFetcher().fetchJson('https://a.example/x')).rejects.toMatchObject({ transient: true });
  });

  it('offline fetcher refuses everything', async () => {
    await expect(createOfflineFetcher().fetchJson('https://a.example/x')).rejects.toThrow(/OFFLINE_VERIFICATION/);
  });

  it('isPublicAddress', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2606:4700::1111')).toBe(true);
    expect(isPublicAddress('192.168.0.1')).toBe(false);
    expect(isPublicAddress('garbage')).toBe(false);
  });
});
