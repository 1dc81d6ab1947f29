import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@skillproof/api-core';
import { CredentialImportService, recipientCandidates, type RecipientIdentity } from '@skillproof/api-feature-people';
import type { VerificationResult } from '@skillproof/domain-verification';
import { VerificationPool, defaultPoolSize } from '../workers/verification-pool';

/**
 * The server's verification pool (worker threads, `IMPORT_WORKERS`, default min(2, cores)) shared
 * by bulk import and re-verification. Remote documents go through the importer's fetcher (own
 * status lists from the database, then the cached production https fetcher, or nothing offline).
 * Under Jest the pool runs in-process (see VerificationPool).
 */
@Injectable()
export class ImportVerifierService implements OnModuleDestroy {
  readonly pool: VerificationPool;

  constructor(importer: CredentialImportService, @Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new VerificationPool({ size: config.importWorkers ?? defaultPoolSize(), fetcher: importer.fetcher });
  }

  /** Verifies one document as of `asOf`, with `recipient` when the person is known. */
  verify(document: string, asOf: Date, recipient?: RecipientIdentity): Promise<VerificationResult> {
    return this.pool.verify(document, asOf, recipient ? recipientCandidates(recipient) : undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }
}
