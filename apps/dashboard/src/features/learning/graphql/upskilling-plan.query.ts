import { gql, type TypedDocumentNode } from '@apollo/client';

export interface UpskillingPlanData {
  team: {
    id: string;
    name: string;
    upskillingPlan: {
      capacityHoursPerPerson: number;
      totalHours: number;
      totalCost: number;
      /** 0..1 */
      readinessBefore: number;
      /** 0..1 */
      readinessAfter: number;
      assignments: {
        person: { id: string; displayName: string };
        definition: { id: string; name: string; estimatedHours: number | null; cost: number | null };
        closes: { id: string; name: string }[];
        hours: number;
        cost: number | null;
      }[];
      uncoverable: { id: string; name: string }[];
    };
  };
}

export interface UpskillingPlanVariables {
  id: string;
  capacity?: number | null;
}

/** L&D page: a team's recommended upskilling plan at a capacity (hours per person per quarter). */
export const UPSKILLING_PLAN_QUERY: TypedDocumentNode<UpskillingPlanData, UpskillingPlanVariables> = gql`
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
`;
