import { graphql } from '../gql';
import type { DashboardImportCredentialMutation, DashboardImportCredentialMutationVariables } from '../gql/graphql';

/** Result and variables of IMPORT_CREDENTIAL_MUTATION (generated from apps/api/schema.gql). */
export type ImportCredentialData = DashboardImportCredentialMutation;
export type ImportCredentialVariables = DashboardImportCredentialMutationVariables;
/** One check of a stored verification report (outcome UNKNOWN = could not check). */
export type ImportedCheck = ImportCredentialData['importCredential']['credential']['verification']['checks'][number];

/** Import page: imports one pasted credential and returns its stored verification report. */
export const IMPORT_CREDENTIAL_MUTATION = graphql(`
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
`);
