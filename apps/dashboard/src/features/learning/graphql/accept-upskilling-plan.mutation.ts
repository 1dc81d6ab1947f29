import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of ACCEPT_UPSKILLING_PLAN_MUTATION (generated from apps/api/schema.gql). */
export type AcceptUpskillingPlanData = Gql.DashboardAcceptUpskillingPlanMutation;
export type AcceptUpskillingPlanVariables = Gql.DashboardAcceptUpskillingPlanMutationVariables;

/** Accepts a team's plan as assignments in one step (recomputed server-side). */
export const ACCEPT_UPSKILLING_PLAN_MUTATION = graphql(`
  mutation DashboardAcceptUpskillingPlan($input: AcceptUpskillingPlanInput!) {
    acceptUpskillingPlan(input: $input) { assignments { id status dueDate } }
  }
`);
