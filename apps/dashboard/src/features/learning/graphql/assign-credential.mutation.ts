import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AssignCredentialData {
  assignCredential: { assignments: { id: string; status: string; dueDate: string }[] };
}

export interface AssignCredentialVariables {
  input: { personIds: string[]; definitionId: string; dueDate: string };
}

/** Assigns a definition to employees (idempotent for an open assignment); used to assign a renewal. */
export const ASSIGN_CREDENTIAL_MUTATION: TypedDocumentNode<AssignCredentialData, AssignCredentialVariables> = gql`
  mutation DashboardAssignCredential($input: AssignCredentialInput!) {
    assignCredential(input: $input) { assignments { id status dueDate } }
  }
`;
