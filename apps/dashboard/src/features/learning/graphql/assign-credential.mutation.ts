import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of ASSIGN_CREDENTIAL_MUTATION (generated from apps/api/schema.gql). */
export type AssignCredentialData = Gql.DashboardAssignCredentialMutation;
export type AssignCredentialVariables = Gql.DashboardAssignCredentialMutationVariables;

/** Assigns a definition to employees (idempotent for an open assignment); used to assign a renewal. */
export const ASSIGN_CREDENTIAL_MUTATION = graphql(`
  mutation DashboardAssignCredential($input: AssignCredentialInput!) {
    assignCredential(input: $input) { assignments { id status dueDate } }
  }
`);
