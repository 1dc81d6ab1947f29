import { graphql } from '../gql';
import type { DashboardIssuersQuery, DashboardIssuersQueryVariables, DashboardSetIssuerTrustMutation, DashboardSetIssuerTrustMutationVariables } from '../gql/graphql';

/** Result and variables of ISSUERS_QUERY and SET_ISSUER_TRUST_MUTATION (generated from apps/api/schema.gql). */
export type IssuersQueryData = DashboardIssuersQuery;
export type IssuersQueryVariables = DashboardIssuersQueryVariables;
export type SetIssuerTrustData = DashboardSetIssuerTrustMutation;
export type SetIssuerTrustVariables = DashboardSetIssuerTrustMutationVariables;
/** One issuer row with its trust flag. */
export type IssuerItem = IssuersQueryData['issuers']['edges'][number]['node'];

/** Admin: the organisation's issuers with their trust flag (paginated, searchable). */
export const ISSUERS_QUERY = graphql(`
  query DashboardIssuers($search: String, $trusted: Boolean, $first: Int, $after: String) {
    issuers(search: $search, trusted: $trusted, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          did
          url
          trusted
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Admin: puts an issuer on or off the trust list (the cache updates the row by id). */
export const SET_ISSUER_TRUST_MUTATION = graphql(`
  mutation DashboardSetIssuerTrust($input: SetIssuerTrustInput!) {
    setIssuerTrust(input: $input) {
      id
      name
      did
      url
      trusted
    }
  }
`);
