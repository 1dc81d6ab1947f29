import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError, notFound } from '@skillproof/api-core';
import {
  ImportItemEntity, ImportJobEntity, PersonEntity, documentHash,
  type ImportItemOutcome, type ImportItemStatus,
} from '@skillproof/api-data-access';
import { CredentialImportService, PeopleDirectory, matchPersonRecipient } from '@skillproof/api-feature-people';
import { parseImportFile, type ImportFileItem } from '../parsing/parse-import-file';
import { ImportVerifierService } from './import-verifier.service';

/** Largest upload accepted by `POST /imports`, in bytes (the raw body parser limit). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** Items processed concurrently per batch (the pool spreads them over its workers). */
const BATCH = 16;

const COUNTER: Record<ImportItemOutcome, keyof ImportJobEntity> = {
  VERIFIED: 'verified', FAILED: 'failed', INDETERMINATE: 'indeterminate', DUPLICATE: 'duplicates', ERROR: 'errors',
};

interface ItemResult {
  status: ImportItemStatus;
  outcome: ImportItemOutcome;
  credentialId?: string | null;
  personId?: string | null;
  contentHash?: string | null;
  reasons?: string[];
  errorMessage?: string | null;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string; driverError?: { code?: string } })?.code === '23505'
  || (e as { driverError?: { code?: string } })?.driverError?.code === '23505';

/**
 * Bulk import as a background job (issue 3). `createJob` parses the file and stores the job with one
 * PENDING item per entry (unreadable entries stored at once as ERROR); a single runner then processes
 * jobs in creation order, items in index order, verification spread over the worker pool.
 *
 * Guarantees: each item is finished in ONE transaction (credential + alignments + item row + job
 * counters), guarded by `status = 'PENDING'`, so a crash never leaves half-saved rows and an item is
 * never counted twice; on start, QUEUED and RUNNING jobs resume from their PENDING items; items are
 * idempotent by content hash (an already imported document → DUPLICATE with the existing credential).
 */
@Injectable()
export class ImportJobService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('ImportJobs');
  private runner: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly importer: CredentialImportService,
    private readonly verifier: ImportVerifierService,
  ) {}

  /** Resumes unfinished jobs (QUEUED or RUNNING when the server stopped). */
  onApplicationBootstrap(): void {
    this.kick();
  }

  /** Stops taking new batches and waits for the current one (its items are committed or stay PENDING). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.runner?.catch(() => undefined);
  }

  /**
   * Parses an uploaded file and queues it. Job and items are written in one transaction.
   * @throws DomainError BAD_USER_INPUT (unreadable file, see parseImportFile; empty or missing filename).
   */
  async createJob(organizationId: string, filename: string, data: Uint8Array): Promise<ImportJobEntity> {
    const name = filename.trim();
    if (!name) throw new DomainError('BAD_USER_INPUT', 'filename is required (POST /imports?filename=<name>)', { field: 'filename' });
    if (name.length > 500) throw new DomainError('BAD_USER_INPUT', 'filename is longer than 500 characters', { field: 'filename' });
    const parsed = parseImportFile(data, name);
    const unreadable = parsed.items.filter((i) => i.document === null).length;
    const job = this.db.getRepository(ImportJobEntity).create({
      id: randomUUID(), organizationId, filename: name, format: parsed.format, status: 'QUEUED',
      total: parsed.items.length, processed: unreadable, verified: 0, failed: 0, indeterminate: 0, duplicates: 0,
      errors: unreadable, createdAt: new Date(), startedAt: null, finishedAt: null, error: null,
    });
    await this.db.transaction(async (tx) => {
      await tx.getRepository(ImportJobEntity).insert(job);
      const rows = parsed.items.map((item, index) => this.newItem(job, item, index));
      for (let i = 0; i < rows.length; i += 500) await tx.getRepository(ImportItemEntity).insert(rows.slice(i, i + 500));
    });
    this.kick();
    return job;
  }

  /** @throws DomainError NOT_FOUND when the job is not one of the organisation's. */
  async getJob(organizationId: string, id: string): Promise<ImportJobEntity> {
    const job = /^[0-9a-f-]{36}$/i.test(id) ? await this.db.getRepository(ImportJobEntity).findOneBy({ id, organizationId }) : null;
    if (!job) throw notFound('ImportJob', id);
    return job;
  }

  /** Resolves when no job is waiting (tests, CLI-less callers). */
  async idle(): Promise<void> {
    while (this.runner) await this.runner;
  }

  /** Starts the runner if it is not running; otherwise asks it to look for work again. */
  kick(): void {
    if (this.stopping) return;
    if (this.runner) {
      this.again = true;
      return;
    }
    this.runner = this.drain()
      .catch((e: unknown) => this.log.error(`import runner stopped: ${e instanceof Error ? e.stack ?? e.message : String(e)}`))
      .finally(() => {
        this.runner = null;
        if (this.again && !this.stopping) {
          this.again = false;
          this.kick();
        }
      });
  }

  private newItem(job: ImportJobEntity, item: ImportFileItem, index: number): ImportItemEntity {
    const readable = item.document !== null;
    return Object.assign(new ImportItemEntity(), {
      jobId: job.id, index, organizationId: job.organizationId, source: item.source.slice(0, 1000),
      document: item.document, personEmail: item.personEmail, contentHash: null,
      status: readable ? 'PENDING' : 'ERROR', credentialId: null, outcome: readable ? null : 'ERROR',
      reasons: [], errorMessage: readable ? null : item.error ?? 'unreadable entry', personId: null,
    } satisfies Partial<ImportItemEntity>);
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      this.again = false;
      const job = await this.db.getRepository(ImportJobEntity).findOne({
        where: { status: In(['QUEUED', 'RUNNING']) }, order: { createdAt: 'ASC', id: 'ASC' },
      });
      if (!job) return;
      try {
        await this.processJob(job);
      } catch (e) {
        if (this.stopping) return;
        const message = e instanceof Error ? e.message : String(e);
        this.log.error(`import job ${job.id} failed: ${message}`);
        await this.db.query(`UPDATE import_job SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [job.id, message.slice(0, 2000)]);
      }
    }
  }

  private async processJob(job: ImportJobEntity): Promise<void> {
    await this.db.query(`UPDATE import_job SET status = 'RUNNING', started_at = coalesce(started_at, now()) WHERE id = $1`, [job.id]);
    const people = new PeopleDirectory(await this.db.getRepository(PersonEntity).findBy({ organizationId: job.organizationId }));
    for (;;) {
      if (this.stopping) return;
      const items = await this.db.getRepository(ImportItemEntity).find({
        where: { jobId: job.id, organizationId: job.organizationId, status: 'PENDING' }, order: { index: 'ASC' }, take: BATCH,
      });
      if (!items.length) break;
      // Identical documents in one batch: the first runs now, the repeats after it (→ DUPLICATE, no race).
      const seen = new Set<string | null>();
      const first = items.filter((i) => (seen.has(i.document) ? false : (seen.add(i.document), true)));
      await Promise.all(first.map((item) => this.processItem(job, item, people)));
      for (const item of items.filter((i) => !first.includes(i))) await this.processItem(job, item, people);
    }
    await this.db.query(
      `UPDATE import_job SET status = 'COMPLETED', finished_at = now() WHERE id = $1 AND status = 'RUNNING'`, [job.id]);
  }

  private async processItem(job: ImportJobEntity, item: ImportItemEntity, people: PeopleDirectory): Promise<void> {
    const orgId = job.organizationId;
    let hash: string | null = null;
    try {
      const document = await this.importer.resolveDocument(item.document ?? '');
      const contentHash = documentHash(document);
      hash = contentHash;
      const explicit = item.personEmail ? people.findByEmail(item.personEmail) : undefined;
      if (item.personEmail && !explicit) {
        return await this.finish(item, { status: 'ERROR', outcome: 'ERROR', contentHash: hash, errorMessage: `no person with email ${item.personEmail} in this organisation` });
      }
      const existing = await this.importer.findByHash(orgId, hash);
      if (existing) return await this.duplicate(item, existing.id, existing.personId, hash);

      const result = await this.verifier.verify(document, new Date(), explicit ? { email: explicit.email } : undefined);
      let personId: string | null = null;
      if (explicit) {
        if (matchPersonRecipient(result.credential, { email: explicit.email }) === 'MISMATCH') {
          return await this.finish(item, {
            status: 'ERROR', outcome: 'ERROR', contentHash: hash, reasons: ['RECIPIENT_MISMATCH'],
            errorMessage: `RECIPIENT_MISMATCH: the credential does not name ${item.personEmail}`,
          });
        }
        personId = explicit.id;
      } else {
        personId = people.match(result.credential)?.id ?? null;
      }
      try {
        await this.db.transaction(async (tx) => {
          const credential = await this.importer.storeVerified(tx, { organizationId: orgId, personId, document }, document, contentHash, result);
          await this.finish(item, {
            status: 'DONE', outcome: result.report.status as ImportItemOutcome, credentialId: credential.id, personId,
            contentHash: hash, reasons: result.report.reasons,
          }, tx);
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // The same document in two items of one batch (or two jobs at once): the other one won.
        const raced = await this.importer.findByHash(orgId, hash);
        if (!raced) throw e;
        await this.duplicate(item, raced.id, raced.personId, hash);
      }
    } catch (e) {
      if (this.stopping) throw e;
      const message = e instanceof DomainError ? e.message : `could not import: ${e instanceof Error ? e.message : String(e)}`;
      const reason = e instanceof DomainError && typeof e.details?.['reason'] === 'string' ? [e.details['reason']] : [];
      await this.finish(item, { status: 'ERROR', outcome: 'ERROR', contentHash: hash, reasons: reason, errorMessage: message.slice(0, 2000) });
    }
  }

  private duplicate(item: ImportItemEntity, credentialId: string, personId: string | null, hash: string): Promise<void> {
    return this.finish(item, { status: 'DONE', outcome: 'DUPLICATE', credentialId, personId, contentHash: hash, reasons: [] });
  }

  /** Writes the item's outcome and bumps the job counters, once (guarded by status PENDING). */
  private async finish(item: ImportItemEntity, r: ItemResult, tx?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      const updated: unknown[] = await m.query(
        `UPDATE import_item SET status = $3, outcome = $4, credential_id = $5, person_id = $6, content_hash = $7,
           reasons = $8, error_message = $9, document = CASE WHEN $3 = 'DONE' THEN NULL ELSE document END
         WHERE job_id = $1 AND index = $2 AND status = 'PENDING' RETURNING index`,
        [item.jobId, item.index, r.status, r.outcome, r.credentialId ?? null, r.personId ?? null, r.contentHash ?? null, r.reasons ?? [], r.errorMessage ?? null]);
      const rows = Array.isArray(updated[0]) ? (updated[0] as unknown[]) : updated;
      if (!rows.length) return;
      const column = COUNTER[r.outcome];
      await m.query(`UPDATE import_job SET processed = processed + 1, ${column} = ${column} + 1 WHERE id = $1`, [item.jobId]);
    };
    if (tx) await run(tx);
    else await this.db.transaction(run);
  }
}
