import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FetchError, type Fetcher } from '@skillproof/domain-verification';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** What the transport returns: status, lower-case headers, and the body as a stream of chunks. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: AsyncIterable<Uint8Array>;
  /** Aborts the underlying connection (body too large, timeout). */
  destroy(): void;
}

/**
 * Sends one GET to `url`, connecting to the already CHECKED `address` (never resolving the host
 * again: no DNS rebinding between the check and the connection). TLS still verifies `url.hostname`.
 */
export type Transport = (url: URL, address: ResolvedAddress, signal: AbortSignal) => Promise<TransportResponse>;

/** Resolves every address of a host name (A and AAAA). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Options of {@link createHttpsFetcher}. Every limit has a safe default. */
export interface HttpsFetcherOptions {
  /** Whole-request timeout (DNS, connect, headers and body), in milliseconds. Default 5000. */
  timeoutMs?: number;
  /** Maximum response body, in bytes; the stream is cut beyond it. Default 2 000 000. */
  maxBytes?: number;
  /** Maximum redirects followed, each target re-checked. Default 3. */
  maxRedirects?: number;
  /** DNS layer (tests inject a fake). Default: `dns.lookup(host, { all: true })`. */
  resolve?: Resolver;
  /** HTTP layer (tests inject a fake). Default: `https.request` pinned to the checked address. */
  transport?: Transport;
}

/** Address ranges (ipaddr.js `range()` names) that are allowed: only the public unicast internet. */
const PUBLIC_RANGES = new Set(['unicast']);

/** JSON media types accepted: application/json, application/ld+json, application/vc+ld+json, application/*+json. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_+-]+\+json$/.test(type);
}

/**
 * True when `address` is a public unicast address. Refused: loopback, private (RFC 1918), link-local,
 * unique-local (fc00::/7), multicast, carrier-grade NAT, reserved, unspecified, broadcast, and
 * IPv4-mapped / NAT64 forms of any of them.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return PUBLIC_RANGES.has(parsed.range());
}

const defaultResolve: Resolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

const defaultTransport: Transport = (url, address, signal) =>
  new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        method: 'GET',
        signal,
        headers: { accept: 'application/ld+json, application/json;q=0.9', 'user-agent': 'SkillProof-verifier' },
        // Connect to the checked address only; SNI and certificate checks use url.hostname.
        lookup: (_host, options, cb) => {
          const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
          if (all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
          else cb(null, address.address, address.family);
        },
      },
      (res: IncomingMessage) => {
        const headers: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers, body: res, destroy: () => res.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });

/**
 * The production {@link Fetcher} (issue 3 "Fetcher for production"): https only; the host is resolved
 * first and EVERY address checked (no private/loopback/link-local/unique-local/multicast target:
 * SSRF), then the connection goes to a checked address; whole-request timeout; body size cut while
 * streaming; at most `maxRedirects` redirects, each re-checked; JSON content types only.
 * Every refusal is a {@link FetchError} naming the URL, so the check it served comes out UNKNOWN
 * ("could not check") or FAIL according to the verifier, never a crash. Network errors, timeouts,
 * temporary DNS failures and HTTP 5xx / 429 / 408 are marked `transient` (an issuer key behind them
 * is then "could not check", INDETERMINATE); 404, refused addresses, non-JSON answers are permanent.
 */
export function createHttpsFetcher(options: HttpsFetcherOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 2_000_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const resolve = options.resolve ?? defaultResolve;
  const transport = options.transport ?? defaultTransport;

  async function checkedAddress(original: string, url: URL): Promise<ResolvedAddress> {
    if (url.protocol !== 'https:') throw new FetchError(original, `refused ${url.protocol}// URL: only https is fetched`);
    if (url.username || url.password) throw new FetchError(original, 'refused URL with credentials');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses: ResolvedAddress[] = isIP(host) ? [{ address: host, family: isIP(host) === 6 ? 6 : 4 }] : await resolve(host).catch((e: unknown) => {
      // EAI_AGAIN: temporary DNS failure; ENOTFOUND (no such host) is permanent.
      const transient = (e as { code?: unknown } | null)?.code === 'EAI_AGAIN';
      throw new FetchError(original, `cannot resolve ${host}: ${e instanceof Error ? e.message : String(e)}`, { transient });
    });
    if (!addresses.length) throw new FetchError(original, `${host} has no address`);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new FetchError(original, `refused: ${host} resolves to the non-public address ${bad.address}`);
    return addresses[0];
  }

  async function readBody(original: string, res: TransportResponse): Promise<Buffer> {
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.destroy();
      throw new FetchError(original, `response is ${declared} bytes; the limit is ${maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        res.destroy();
        throw new FetchError(original, `response exceeds the limit of ${maxBytes} bytes`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }

  async function fetchOnce(original: string, signal: AbortSignal): Promise<unknown> {
    let url: URL;
    try { url = new URL(original); } catch { throw new FetchError(original, 'not a URL'); }
    for (let hop = 0; ; hop++) {
      const address = await checkedAddress(original, url);
      const res = await transport(url, address, signal).catch((e: unknown) => {
        // Connection refused / reset / unreachable, TLS handshake cut…: a network failure, transient.
        throw e instanceof FetchError ? e : new FetchError(original, `request failed: ${e instanceof Error ? e.message : String(e)}`, { transient: true });
      });
      if (res.status >= 300 && res.status < 400 && res.headers['location']) {
        res.destroy();
        if (hop >= maxRedirects) throw new FetchError(original, `more than ${maxRedirects} redirects`);
        try { url = new URL(res.headers['location'], url); } catch { throw new FetchError(original, 'redirect to an invalid URL'); }
        continue;
      }
      if (res.status !== 200) {
        res.destroy();
        // 5xx, 429 Too Many Requests and 408 Request Timeout say nothing about the document: transient.
        throw new FetchError(original, `HTTP ${res.status}`, { transient: res.status >= 500 || res.status === 429 || res.status === 408 });
      }
      if (!isJsonContentType(res.headers['content-type'])) {
        res.destroy();
        throw new FetchError(original, `content type ${res.headers['content-type'] ?? '(none)'} is not JSON`);
      }
      const body = await readBody(original, res);
      try {
        return JSON.parse(body.toString('utf8')) as unknown;
      } catch {
        throw new FetchError(original, 'response is not valid JSON');
      }
    }
  }

  return {
    async fetchJson(url: string): Promise<unknown> {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new FetchError(url, `timed out after ${timeoutMs} ms`, { transient: true }));
        }, timeoutMs);
      });
      try {
        return await Promise.race([fetchOnce(url, controller.signal), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Fetcher used when OFFLINE_VERIFICATION=true: every URL fails, marked transient (nothing is known
 * about the document), so the checks needing it come out UNKNOWN — "could not check".
 */
export function createOfflineFetcher(): Fetcher {
  return {
    async fetchJson(url: string): Promise<unknown> {
      throw new FetchError(url, 'network fetching is off (OFFLINE_VERIFICATION=true)', { transient: true });
    },
  };
}
