import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of EXPIRING_CREDENTIALS_QUERY (generated from apps/api/schema.gql). */
export type ExpiringCredentialsData = Gql.DashboardExpiringCredentialsQuery;
export type ExpiringCredentialsVariables = Gql.DashboardExpiringCredentialsQueryVariables;
/**
 * An employee's VERIFIED credential that expires soon. `validUntil` is an ISO instant (UTC), a
 * calendar date (midnight UTC) for date-only credentials; Credential.validUntil is nullable in the
 * schema (this list only holds credentials that expire, but the page still handles null).
 */
export type ExpiringCredentialNode = ExpiringCredentialsData['expiringCredentials'][number];

/** L&D page: a team's credentials expiring within `withinDays` (default 90), soonest first. */
export const EXPIRING_CREDENTIALS_QUERY = graphql(`
  query DashboardExpiringCredentials($teamId: ID, $withinDays: Int) {
    expiringCredentials(teamId: $teamId, withinDays: $withinDays) {
      id
      name
      validUntil
      person { id displayName }
      definition { id name estimatedHours }
    }
  }
`);
