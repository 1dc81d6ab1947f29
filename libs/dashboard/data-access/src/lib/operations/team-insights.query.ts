import { graphql } from '../gql';
import type { DashboardTeamInsightsQuery, DashboardTeamInsightsQueryVariables } from '../gql/graphql';

/** Result and variables of TEAM_INSIGHTS_QUERY (generated from apps/api/schema.gql). */
export type TeamInsightsQueryData = DashboardTeamInsightsQuery;
export type TeamInsightsQueryVariables = DashboardTeamInsightsQueryVariables;
type Team = NonNullable<TeamInsightsQueryData['team']>;
/** Coverage of one target skill at one horizon (days from asOf); readiness 0..1. */
export type TeamForecastPoint = Team['coverageForecast'][number];
/** One month (YYYY-MM) of the 12-month coverage trend; readiness 0..1. */
export type TeamTrendPoint = Team['coverageTrend'][number];
/** A member's credential expiring within 90 days. */
export type TeamExpiringCredential = Team['expiringCredentials'][number];

/** Team page: expiry forecast (0/30/60/90 days), 12-month coverage trend, credentials expiring within 90 days. */
export const TEAM_INSIGHTS_QUERY = graphql(`
  query DashboardTeamInsights($id: ID!, $asOf: DateTime, $days: [Int!]) {
    team(id: $id) {
      id
      coverageForecast(days: $days, asOf: $asOf) {
        days
        date
        skillId
        skill {
          id
          name
        }
        minLevel
        needed
        covered
        gap
        readiness
      }
      coverageTrend(months: 12, asOf: $asOf) {
        month
        date
        readiness
        skills {
          skillId
          skill {
            id
            name
          }
          minLevel
          needed
          covered
          gap
        }
      }
      expiringCredentials(withinDays: 90, asOf: $asOf) {
        member {
          id
          displayName
        }
        credential {
          id
          name
          verification {
            status
          }
        }
        validUntil
        skills {
          id
          name
        }
      }
    }
  }
`);
