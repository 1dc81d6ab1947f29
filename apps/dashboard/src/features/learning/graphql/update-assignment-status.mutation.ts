import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of UPDATE_ASSIGNMENT_STATUS_MUTATION (generated from apps/api/schema.gql). */
export type UpdateAssignmentStatusData = Gql.DashboardUpdateAssignmentStatusMutation;
export type UpdateAssignmentStatusVariables = Gql.DashboardUpdateAssignmentStatusMutationVariables;

/** Board actions: start (IN_PROGRESS) or cancel an open assignment (COMPLETED is automatic). */
export const UPDATE_ASSIGNMENT_STATUS_MUTATION = graphql(`
  mutation DashboardUpdateAssignmentStatus($input: UpdateAssignmentStatusInput!) {
    updateAssignmentStatus(input: $input) { id status overdue }
  }
`);
