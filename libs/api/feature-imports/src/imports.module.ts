import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@skillproof/api-core';
import { PeopleModule, REMOTE_FETCHER } from '@skillproof/api-feature-people';
import { createCachingFetcher } from '@skillproof/domain-verification';
import { createHttpsFetcher, createOfflineFetcher } from './fetcher/https-fetcher';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './resolvers/imports.resolver';
import { ImportJobService } from './services/import-job.service';
import { ImportVerifierService } from './services/import-verifier.service';
import { ReverificationService } from './services/reverification.service';

/** Remote documents are cached this long (did:web documents, issuer profiles, status lists of other issuers). */
export const REMOTE_CACHE_TTL_MS = 5 * 60_000;

/**
 * Provides REMOTE_FETCHER to the whole app (the credential importer of the people module uses it):
 * the production https fetcher behind a TTL cache, or a fetcher that refuses everything when
 * OFFLINE_VERIFICATION is on.
 */
@Global()
@Module({
  providers: [{
    provide: REMOTE_FETCHER,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) =>
      config.offlineVerification ? createOfflineFetcher() : createCachingFetcher(createHttpsFetcher(), { ttlMs: REMOTE_CACHE_TTL_MS }),
  }],
  exports: [REMOTE_FETCHER],
})
export class RemoteFetcherModule {}

/**
 * Bulk import (REST upload + background job + GraphQL progress) and re-verification (scheduled +
 * `reverifyCredential`). Needs `ScheduleModule.forRoot()` in the application.
 */
@Module({
  imports: [RemoteFetcherModule, PeopleModule],
  controllers: [ImportsController],
  providers: [ImportVerifierService, ImportJobService, ReverificationService, ImportsResolver],
  exports: [ImportJobService, ReverificationService, ImportVerifierService],
})
export class ImportsModule {}
