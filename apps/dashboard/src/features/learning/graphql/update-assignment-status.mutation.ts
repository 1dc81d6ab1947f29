import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssignmentStatus } from './learning-assignments.query';

export interface UpdateAssignmentStatusData {
  updateAssignmentStatus: { id: string; status: AssignmentStatus; overdue: boolean };
}

export interface UpdateAssignmentStatusVariables {
  input: { id: string; status: 'IN_PROGRESS' | 'CANCELLED'; note?: string | null };
}

/** Board actions: start (IN_PROGRESS) or cancel an open assignment (COMPLETED is automatic). */
export const UPDATE_ASSIGNMENT_STATUS_MUTATION: TypedDocumentNode<UpdateAssignmentStatusData, UpdateAssignmentStatusVariables> = gql`
  mutation DashboardUpdateAssignmentStatus($input: UpdateAssignmentStatusInput!) {
    updateAssignmentStatus(input: $input) { id status overdue }
  }
`;
