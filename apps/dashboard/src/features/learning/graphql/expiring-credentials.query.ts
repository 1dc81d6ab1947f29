import { gql, type TypedDocumentNode } from '@apollo/client';

/** An employee's VERIFIED credential that expires soon. */
export interface ExpiringCredentialNode {
  id: string;
  name: string;
  /** ISO instant (UTC); a calendar date (midnight UTC) for date-only credentials. */
  validUntil: string;
  person: { id: string; displayName: string } | null;
  definition: { id: string; name: string; estimatedHours: number | null } | null;
}

export interface ExpiringCredentialsData {
  expiringCredentials: ExpiringCredentialNode[];
}

export interface ExpiringCredentialsVariables {
  teamId?: string | null;
  withinDays?: number;
}

/** L&D page: a team's credentials expiring within `withinDays` (default 90), soonest first. */
export const EXPIRING_CREDENTIALS_QUERY: TypedDocumentNode<ExpiringCredentialsData, ExpiringCredentialsVariables> = gql`
  query DashboardExpiringCredentials($teamId: ID, $withinDays: Int) {
    expiringCredentials(teamId: $teamId, withinDays: $withinDays) {
      id
      name
      validUntil
      person { id displayName }
      definition { id name estimatedHours }
    }
  }
`;
