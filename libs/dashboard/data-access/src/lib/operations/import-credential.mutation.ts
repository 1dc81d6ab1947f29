import { gql, type TypedDocumentNode } from '@apollo/client';

/** One check of a stored verification report (outcome UNKNOWN = could not check). */
export interface ImportedCheck {
  name: string;
  outcome: 'PASS' | 'FAIL' | 'UNKNOWN';
  code: string | null;
  message: string;
}

export interface ImportCredentialData {
  importCredential: {
    created: boolean;
    credential: {
      id: string;
      name: string;
      format: string;
      issuer: { id: string; name: string; trusted: boolean } | null;
      verification: { status: string; reasons: string[]; checkedAt: string; checks: ImportedCheck[] };
    };
  };
}

export interface ImportCredentialVariables {
  input: { document: string; personId?: string | null };
}

/** Import page: imports one pasted credential and returns its stored verification report. */
export const IMPORT_CREDENTIAL_MUTATION: TypedDocumentNode<ImportCredentialData, ImportCredentialVariables> = gql`
  mutation DashboardImportCredential($input: ImportCredentialInput!) {
    importCredential(input: $input) {
      created
      credential {
        id
        name
        format
        issuer {
          id
          name
          trusted
        }
        verification {
          status
          reasons
          checkedAt
          checks {
            name
            outcome
            code
            message
          }
        }
      }
    }
  }
`;
