export * from './lib/apollo-client';
export * from './lib/types';
/**
 * Typed documents: graphql(`...`) returns the TypedDocumentNode GraphQL Code Generator generated for
 * exactly that text (run `npm run codegen` after writing or editing one; `unknown` means the text does
 * not match a generated document). `Gql` holds every generated type (operation results and variables,
 * enums, inputs) as a namespace, so its names cannot clash with this library's exports.
 */
export { graphql } from './lib/gql';
export type * as Gql from './lib/gql/graphql';
export * from './lib/errors/describe-error';
export * from './lib/pagination/append-connection';
export * from './lib/operations/teams.query';
export * from './lib/operations/team.query';
export * from './lib/operations/jobs.query';
export * from './lib/operations/job.query';
export * from './lib/operations/job-matches.query';
export * from './lib/operations/job-editor.operations';
export * from './lib/operations/job-pipeline.operations';
export * from './lib/operations/job-ranking-export.query';
export * from './lib/operations/candidate-import.mutation';
export * from './lib/operations/person.query';
export * from './lib/operations/team-insights.query';
export * from './lib/operations/organization-skill-gaps.query';
export * from './lib/operations/propose-requirements.query';
export * from './lib/operations/import-credential.mutation';
export * from './lib/operations/import-job.query';
export * from './lib/operations/issuers.query';
