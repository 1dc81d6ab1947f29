import { graphql } from '../gql';
import type { DashboardJobQuery, DashboardJobQueryVariables } from '../gql/graphql';

/** Result and variables of JOB_QUERY (generated from apps/api/schema.gql). */
export type JobQueryData = DashboardJobQuery;
export type JobQueryVariables = DashboardJobQueryVariables;
/** One requirement of the job (level on the organisation's scale, 0 = presence required). */
export type JobRequirement = NonNullable<JobQueryData['job']>['requirements'][number];

/** Job page header and requirements table (the ranking is a separate, uncached query). */
export const JOB_QUERY = graphql(`
  query DashboardJob($id: ID!) {
    job(id: $id) {
      id
      title
      description
      occupationCode
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
        minLevel
        weight
        mustHave
      }
    }
  }
`);
