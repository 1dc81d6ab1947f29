import { FetchError } from './verification.exception';

/**
 * Port through which the verifier retrieves remote JSON documents: did:web DID documents
 * (`https://<host>/.well-known/did.json`), https issuer profiles that hold verification methods,
 * and status list credentials. JSON-LD contexts are never fetched (they are bundled).
 *
 * Implementations must resolve with the parsed JSON value and reject with {@link FetchError} when
 * the URL is unknown, unreachable or does not hold JSON.
 */
export interface Fetcher {
  fetchJson(url: string): Promise<unknown>;
}

/**
 * Fetcher that serves a fixed map of URL → JSON value and throws {@link FetchError} for any other
 * URL (no network). Values are deep-copied on every call so callers cannot corrupt the map.
 *
 * @param map URL (exact string, fragment excluded) → parsed JSON document.
 */
export function createMapFetcher(map: Record<string, unknown>): Fetcher {
  const entries = new Map(Object.entries(map));
  return {
    async fetchJson(url: string): Promise<unknown> {
      if (!entries.has(url)) {
        throw new FetchError(url, `No document for ${url} (offline map fetcher)`);
      }
      return structuredClone(entries.get(url));
    },
  };
}

/** Options of {@link createCachingFetcher}. */
export interface CachingFetcherOptions {
  /** How long a successful response stays cached, in milliseconds. */
  ttlMs: number;
  /** Maximum number of cached URLs (least recently stored evicted first). Default 1000. */
  maxEntries?: number;
  /** Clock for expiry, in epoch milliseconds (injectable for tests). Default `Date.now`. */
  now?: () => number;
}

/**
 * Wraps a fetcher with an in-memory TTL cache of successful responses. Concurrent requests for
 * the same URL share one inner call; failures are not cached. Cached values are deep-copied on
 * every hit. The clock is only used for cache expiry, never for a validity decision.
 *
 * @param inner the fetcher that does the actual retrieval.
 * @param options TTL in milliseconds, capacity, clock.
 */
export function createCachingFetcher(inner: Fetcher, options: CachingFetcherOptions): Fetcher {
  const { ttlMs, maxEntries = 1000, now = Date.now } = options;
  const cache = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
  return {
    async fetchJson(url: string): Promise<unknown> {
      const hit = cache.get(url);
      if (hit && hit.expiresAt > now()) {
        return structuredClone(await hit.value);
      }
      const value = inner.fetchJson(url);
      cache.set(url, { expiresAt: now() + ttlMs, value });
      if (cache.size > maxEntries) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      try {
        return structuredClone(await value);
      } catch (error) {
        if (cache.get(url)?.value === value) cache.delete(url);
        throw error;
      }
    },
  };
}
