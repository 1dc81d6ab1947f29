import { graphql } from '../gql';
import type { DashboardJobRankingExportQuery, DashboardJobRankingExportQueryVariables } from '../gql/graphql';

/** Result and variables of JOB_RANKING_EXPORT_QUERY (generated from apps/api/schema.gql). */
export type RankingExportData = DashboardJobRankingExportQuery;
export type RankingExportVariables = DashboardJobRankingExportQueryVariables;
/** One ranking row as exported to CSV (no evidence: light enough for pages of 100). */
export type RankingExportRow = NonNullable<RankingExportData['job']>['matches']['edges'][number]['node'];

/** CSV export of a ranking: every page of the current filters, fetched one after the other (`no-cache`). */
export const JOB_RANKING_EXPORT_QUERY = graphql(`
  query DashboardJobRankingExport($id: ID!, $first: Int, $after: String, $blind: Boolean, $eligibleOnly: Boolean, $asOf: DateTime, $includeEmployees: Boolean) {
    job(id: $id) {
      id
      matches(first: $first, after: $after, blind: $blind, eligibleOnly: $eligibleOnly, asOf: $asOf, includeEmployees: $includeEmployees) {
        totalCount
        edges {
          cursor
          node {
            rank
            person {
              id
              displayName
              code
            }
            fit
            eligible
            oneCredentialAway
            metCount
            currentStage
            requirements {
              skill {
                id
                name
              }
              status
              attainedLevel
              requiredLevel
              mustHave
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
