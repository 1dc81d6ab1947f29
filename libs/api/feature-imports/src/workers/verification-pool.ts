import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { isTransientFetchFailure, verifyCredential, type Fetcher, type RecipientCandidates, type VerificationResult, type VerifyOptions } from '@skillproof/domain-verification';

// Type-only: makes the compiler emit verify-worker.js next to this file (never loaded on this thread).
export type { VerifyWorkerScript } from './verify-worker';

/** Identities passed to the verifier's recipient check (the verification library's RecipientCandidates). */
export type PoolRecipient = RecipientCandidates;

/** Main thread → worker. */
export type PoolRequest =
  | { type: 'verify'; id: number; document: string; asOf: Date; now: Date; recipient?: PoolRecipient }
  | { type: 'fetched'; fetchId: number; url: string; value?: unknown; error?: string; transient?: boolean };

/** Worker → main thread. */
export type PoolResponse =
  | { type: 'result'; id: number; result: VerificationResult }
  | { type: 'error'; id: number; message: string }
  | { type: 'fetch'; fetchId: number; url: string };

export interface VerificationPoolOptions {
  /** Number of worker threads. Default `defaultPoolSize()`. */
  size?: number;
  /** Serves the workers' remote documents (runs on the main thread). */
  fetcher: Fetcher;
  /** Compiled worker script. Default: `verify-worker.js` next to this file. */
  workerFile?: string;
  /** Verifications in flight per worker (they overlap while waiting on fetches). Default 4. */
  perWorker?: number;
  /** V8 heap limits of each worker. Default {@link DEFAULT_WORKER_RESOURCE_LIMITS}. */
  resourceLimits?: ResourceLimits;
}

/**
 * Default heap limits of a verification worker: a 128 MB young generation (V8's default is a few
 * MB). JSON-LD expansion allocates many short-lived objects; with a small young generation the
 * worker scavenges constantly, and V8's parallel scavenger runs on helper threads that take a large
 * share of the OTHER core, so one worker already used ~1.35 cores and two could not scale. A large
 * young generation scavenges rarely and lets almost everything die young: measured ~20 % less CPU
 * per credential and far less helper-thread CPU. Memory cost: up to 128 MB per worker.
 */
export const DEFAULT_WORKER_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({ maxYoungGenerationSizeMb: 128 });

/** `min(2, os.availableParallelism())`: the product's default bulk-import concurrency. */
export const defaultPoolSize = (): number => Math.max(1, Math.min(2, availableParallelism()));

interface Slot {
  worker: Worker;
  inFlight: Map<number, { resolve: (r: VerificationResult) => void; reject: (e: Error) => void }>;
}

interface Task {
  document: string;
  asOf: Date;
  recipient?: PoolRecipient;
  resolve: (r: VerificationResult) => void;
  reject: (e: Error) => void;
}

/**
 * A small pool of `node:worker_threads` that run `verifyCredential` in parallel (bulk import,
 * re-verification, the bulk-import benchmark). The worker script must be the BUILT JavaScript
 * (`verify-worker.js` next to the compiled `verification-pool.js`, found with `__dirname`); when it
 * does not exist — under Jest, which runs the TypeScript sources — the pool verifies in-process on the
 * main thread instead (`inProcess` is then true; same results, no parallelism).
 */
export class VerificationPool {
  readonly size: number;
  readonly inProcess: boolean;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly perWorker: number;
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: VerificationPoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.perWorker = options.perWorker ?? 4;
    const file = options.workerFile ?? join(__dirname, 'verify-worker.js');
    this.inProcess = __filename.endsWith('.ts') || !existsSync(file);
    if (!this.inProcess) for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(file));
  }

  /** Verifies one document as of `asOf` (the verification report and the parsed credential). */
  verify(document: string, asOf: Date, recipient?: PoolRecipient): Promise<VerificationResult> {
    if (this.closed) return Promise.reject(new Error('verification pool is closed'));
    if (this.inProcess) {
      const opts: VerifyOptions = { asOf, now: new Date(), fetcher: this.options.fetcher };
      if (recipient) opts.recipient = recipient;
      return verifyCredential(document, opts);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ document, asOf, recipient, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers; pending verifications are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('verification pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(file: string): Slot {
    const worker = new Worker(file, { resourceLimits: { ...(this.options.resourceLimits ?? DEFAULT_WORKER_RESOURCE_LIMITS) } });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (msg: PoolResponse) => {
      if (msg.type === 'fetch') {
        this.options.fetcher.fetchJson(msg.url).then(
          (value) => worker.postMessage({ type: 'fetched', fetchId: msg.fetchId, url: msg.url, value } satisfies PoolRequest),
          (e: unknown) =>
            worker.postMessage({
              type: 'fetched', fetchId: msg.fetchId, url: msg.url, error: e instanceof Error ? e.message : String(e), transient: isTransientFetchFailure(e),
            } satisfies PoolRequest),
        );
        return;
      }
      const pending = slot.inFlight.get(msg.id);
      slot.inFlight.delete(msg.id);
      if (pending) {
        if (msg.type === 'result') pending.resolve(msg.result);
        else pending.reject(new Error(msg.message));
      }
      this.pump();
    });
    worker.on('error', (e) => this.replace(slot, file, e));
    worker.on('exit', (code) => { if (!this.closed && code !== 0) this.replace(slot, file, new Error(`verification worker exited with ${code}`)); });
    return slot;
  }

  private replace(slot: Slot, file: string, error: Error): void {
    for (const p of slot.inFlight.values()) p.reject(error);
    slot.inFlight.clear();
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) {
      this.slots[i] = this.spawn(file);
      this.pump();
    }
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.slots.reduce((best, s) => (s.inFlight.size < best.inFlight.size ? s : best));
      if (slot.inFlight.size >= this.perWorker) return;
      const task = this.queue.shift();
      if (!task) return;
      const id = this.nextId++;
      slot.inFlight.set(id, { resolve: task.resolve, reject: task.reject });
      slot.worker.postMessage({ type: 'verify', id, document: task.document, asOf: task.asOf, now: new Date(), recipient: task.recipient } satisfies PoolRequest);
    }
  }
}
