import { graphql } from '../gql';
import type { DashboardJobsQuery, DashboardJobsQueryVariables } from '../gql/graphql';

/** Result and variables of JOBS_QUERY (generated from apps/api/schema.gql). */
export type JobsQueryData = DashboardJobsQuery;
export type JobsQueryVariables = DashboardJobsQueryVariables;
/** One job of the list with its team and requirement skills. */
export type JobListItem = JobsQueryData['jobs']['edges'][number]['node'];

/** Jobs list page (paginated with first/after). */
export const JOBS_QUERY = graphql(`
  query DashboardJobs($status: JobStatus, $first: Int, $after: String) {
    jobs(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          team {
            id
            name
          }
          requirements {
            skill {
              id
              name
            }
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
`);
