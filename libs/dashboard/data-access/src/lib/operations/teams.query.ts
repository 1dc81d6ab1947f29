import { graphql } from '../gql';
import type { DashboardTeamsQuery, DashboardTeamsQueryVariables } from '../gql/graphql';

/** Result and variables of TEAMS_QUERY (generated from apps/api/schema.gql). */
export type TeamsQueryData = DashboardTeamsQuery;
export type TeamsQueryVariables = DashboardTeamsQueryVariables;

/** Home page: every team with its readiness. */
export const TEAMS_QUERY = graphql(`
  query DashboardTeams {
    teams {
      id
      name
      readiness
      manager {
        id
        displayName
      }
      members {
        id
      }
    }
  }
`);
