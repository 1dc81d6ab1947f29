import { graphql } from '../gql';
import type { DashboardImportJobQuery, DashboardImportJobQueryVariables } from '../gql/graphql';

/** Result and variables of IMPORT_JOB_QUERY (generated from apps/api/schema.gql). */
export type ImportJobData = DashboardImportJobQuery;
export type ImportJobVariables = DashboardImportJobQueryVariables;
/** One item of a bulk import, as the Import page's outcome table shows it. */
export type ImportJobItem = NonNullable<ImportJobData['importJob']>['items']['edges'][number]['node'];
/** Outcome of one import item. */
export type ImportOutcome = NonNullable<ImportJobItem['outcome']>;

/** Import page: progress of a bulk import and one page of its per-item outcomes (polled). */
export const IMPORT_JOB_QUERY = graphql(`
  query DashboardImportJob($id: ID!, $first: Int, $after: String, $outcome: ImportOutcome) {
    importJob(id: $id) {
      id
      filename
      status
      error
      total
      processed
      progress
      verified
      failed
      indeterminate
      duplicates
      errors
      items(first: $first, after: $after, outcome: $outcome) {
        totalCount
        edges {
          cursor
          node {
            index
            source
            outcome
            reasons
            error
            credential {
              id
              name
              verification {
                status
              }
            }
            person {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
