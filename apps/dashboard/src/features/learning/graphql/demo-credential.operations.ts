import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Results and variables of DEMO_ISSUING_QUERY and ISSUE_DEMO_CREDENTIAL_MUTATION (generated from apps/api/schema.gql). */
export type DemoIssuingData = Gql.DashboardDemoIssuingQuery;
export type IssueDemoCredentialData = Gql.DashboardIssueDemoCredentialMutation;
export type IssueDemoCredentialVariables = Gql.DashboardIssueDemoCredentialMutationVariables;

/** Whether this organisation is the demo one (its demo issuers can sign credentials for the L&D flow). */
export const DEMO_ISSUING_QUERY = graphql(`
  query DashboardDemoIssuing {
    demoIssuing
  }
`);

/** DEMO ONLY: a real signed OB 3.0 credential of the definition for the person (not imported). */
export const ISSUE_DEMO_CREDENTIAL_MUTATION = graphql(`
  mutation DashboardIssueDemoCredential($input: IssueDemoCredentialInput!) {
    issueDemoCredential(input: $input) {
      document
      filename
      validFrom
      validUntil
      person { id displayName }
      definition { id name }
      issuer { id name }
    }
  }
`);
