/**
 * Worker thread of the bulk-import verification pool (see verification-pool.ts): runs the CPU-heavy
 * verification (JSON-LD canonicalisation, signatures) off the main thread. Remote documents are
 * requested from the main thread, which owns the fetcher (database-backed own status lists, cache,
 * SSRF-safe https). Runs from the BUILT output only (dist/.../verify-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { FetchError, verifyCredential, type Fetcher, type VerifyOptions } from '@skillproof/domain-verification';
import type { PoolRequest, PoolResponse } from './verification-pool';

/** Marker re-exported (type only) by verification-pool.ts so that the build compiles this file. */
export type VerifyWorkerScript = 'verify-worker';

const port = parentPort;
if (!port) throw new Error('verify-worker.js must run as a worker thread');

let nextFetch = 0;
const pendingFetches = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

const fetcher: Fetcher = {
  fetchJson(url: string): Promise<unknown> {
    const fetchId = nextFetch++;
    return new Promise((resolve, reject) => {
      pendingFetches.set(fetchId, { resolve, reject });
      port.postMessage({ type: 'fetch', fetchId, url } satisfies PoolResponse);
    });
  },
};

port.on('message', (msg: PoolRequest) => {
  if (msg.type === 'fetched') {
    const pending = pendingFetches.get(msg.fetchId);
    pendingFetches.delete(msg.fetchId);
    if (!pending) return;
    if (msg.error !== undefined) pending.reject(new FetchError(msg.url, msg.error, { transient: msg.transient === true }));
    else pending.resolve(msg.value);
    return;
  }
  const options: VerifyOptions = { asOf: msg.asOf, now: msg.now, fetcher };
  if (msg.recipient) options.recipient = msg.recipient;
  verifyCredential(msg.document, options).then(
    (result) => port.postMessage({ type: 'result', id: msg.id, result } satisfies PoolResponse),
    (e: unknown) => port.postMessage({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) } satisfies PoolResponse),
  );
});
