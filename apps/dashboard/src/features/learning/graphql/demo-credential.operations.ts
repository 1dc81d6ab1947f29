import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DemoIssuingData {
  demoIssuing: boolean;
}

/** Whether this organisation is the demo one (its demo issuers can sign credentials for the L&D flow). */
export const DEMO_ISSUING_QUERY: TypedDocumentNode<DemoIssuingData, Record<string, never>> = gql`
  query DashboardDemoIssuing {
    demoIssuing
  }
`;

export interface IssueDemoCredentialData {
  issueDemoCredential: {
    document: string;
    filename: string;
    validFrom: string;
    validUntil: string | null;
    person: { id: string; displayName: string };
    definition: { id: string; name: string };
    issuer: { id: string; name: string };
  };
}

export interface IssueDemoCredentialVariables {
  input: { personId: string; definitionId: string };
}

/** DEMO ONLY: a real signed OB 3.0 credential of the definition for the person (not imported). */
export const ISSUE_DEMO_CREDENTIAL_MUTATION: TypedDocumentNode<IssueDemoCredentialData, IssueDemoCredentialVariables> = gql`
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
`;
