export * from './imports.module';
export * from './fetcher/https-fetcher';
export * from './parsing/parse-import-file';
export * from './workers/verification-pool';
export * from './services/import-job.service';
export * from './services/import-verifier.service';
export * from './services/reverification.service';
export * from './models/import-job.model';
export { ImportsResolver, toImportJobModel } from './resolvers/imports.resolver';
