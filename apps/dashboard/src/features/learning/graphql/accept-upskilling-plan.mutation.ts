import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AcceptUpskillingPlanData {
  acceptUpskillingPlan: { assignments: { id: string; status: string; dueDate: string }[] };
}

export interface AcceptUpskillingPlanVariables {
  input: { teamId: string; capacityHoursPerPerson?: number | null; dueDate: string };
}

/** Accepts a team's plan as assignments in one step (recomputed server-side). */
export const ACCEPT_UPSKILLING_PLAN_MUTATION: TypedDocumentNode<AcceptUpskillingPlanData, AcceptUpskillingPlanVariables> = gql`
  mutation DashboardAcceptUpskillingPlan($input: AcceptUpskillingPlanInput!) {
    acceptUpskillingPlan(input: $input) { assignments { id status dueDate } }
  }
`;
