import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/**
 * Result and variables of UPSKILLING_PLAN_QUERY (generated from apps/api/schema.gql); readinessBefore
 * and readinessAfter are 0..1, hours per person per quarter.
 */
export type UpskillingPlanData = Gql.DashboardUpskillingPlanQuery;
export type UpskillingPlanVariables = Gql.DashboardUpskillingPlanQueryVariables;

/** L&D page: a team's recommended upskilling plan at a capacity (hours per person per quarter). */
export const UPSKILLING_PLAN_QUERY = graphql(`
  query DashboardUpskillingPlan($id: ID!, $capacity: Int) {
    team(id: $id) {
      id
      name
      upskillingPlan(capacityHoursPerPerson: $capacity) {
        capacityHoursPerPerson
        totalHours
        totalCost
        readinessBefore
        readinessAfter
        assignments {
          person { id displayName }
          definition { id name estimatedHours cost }
          closes { id name }
          hours
          cost
        }
        uncoverable { id name }
      }
    }
  }
`);
