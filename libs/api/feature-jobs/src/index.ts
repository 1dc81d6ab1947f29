export * from './jobs.module';
export * from './models/job.model';
export * from './models/match.model';
export * from './services/jobs.service';
export * from './services/matching.service';
export * from './services/jobs-loaders';
export { toJobModel } from './resolvers/jobs.resolver';
export { JobsResolver } from './resolvers/jobs.resolver';
