import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTime, PersonRef, SkillRef, VerificationStatus } from '../types';

export interface TeamForecastPoint {
  days: number;
  date: DateTime;
  skillId: string;
  skill: SkillRef;
  minLevel: number;
  needed: number;
  covered: number;
  gap: number;
  /** Team readiness 0..1 at that horizon. */
  readiness: number;
}

export interface TeamTrendPoint {
  /** YYYY-MM */
  month: string;
  date: DateTime;
  /** 0..1 */
  readiness: number;
  skills: { skillId: string; skill: SkillRef; minLevel: number; needed: number; covered: number; gap: number }[];
}

export interface TeamExpiringCredential {
  member: PersonRef;
  credential: { id: string; name: string; verification: { status: VerificationStatus } };
  validUntil: DateTime;
  skills: SkillRef[];
}

export interface TeamInsightsQueryData {
  team: {
    id: string;
    coverageForecast: TeamForecastPoint[];
    coverageTrend: TeamTrendPoint[];
    expiringCredentials: TeamExpiringCredential[];
  } | null;
}

export interface TeamInsightsQueryVariables {
  id: string;
  asOf?: DateTime | null;
  days?: number[];
}

/** Team page: expiry forecast (0/30/60/90 days), 12-month coverage trend, credentials expiring within 90 days. */
export const TEAM_INSIGHTS_QUERY: TypedDocumentNode<TeamInsightsQueryData, TeamInsightsQueryVariables> = gql`
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
`;
