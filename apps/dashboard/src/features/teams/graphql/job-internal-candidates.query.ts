import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of JOB_INTERNAL_CANDIDATES_QUERY (generated from apps/api/schema.gql). */
export type JobInternalCandidatesData = Gql.DashboardJobInternalCandidatesQuery;
export type JobInternalCandidatesVariables = Gql.DashboardJobInternalCandidatesQueryVariables;
/** One ranked person for a job (fit 0..100). */
export type RankedPerson = JobInternalCandidatesData['job']['matches']['edges'][number]['node'];

/**
 * Team page, internal candidates: the top of a job's ranking with employees included (PRODUCT.md §4
 * internal mobility); the page keeps the employees.
 */
export const JOB_INTERNAL_CANDIDATES_QUERY = graphql(`
  query DashboardJobInternalCandidates($id: ID!, $first: Int) {
    job(id: $id) {
      id
      title
      matches(first: $first, includeEmployees: true) {
        totalCount
        edges { node { rank fit eligible oneCredentialAway person { id displayName kind } } }
      }
    }
  }
`);
