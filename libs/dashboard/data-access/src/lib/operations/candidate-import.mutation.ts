import { gql, type TypedDocumentNode } from '@apollo/client';

/** The outcome of one CSV data row (row numbers count the header as row 1). */
export interface CandidateImportRow {
  row: number;
  outcome: 'IMPORTED' | 'REJECTED';
  email: string;
  name: string;
  skill: string;
  skillId: string | null;
  skillName: string | null;
  level: number | null;
  errors: string[];
  personId: string | null;
  createdPerson: boolean;
}

export interface CandidateImportResult {
  encoding: string;
  delimiter: string;
  total: number;
  imported: number;
  rejected: number;
  peopleCreated: number;
  peopleUpdated: number;
  addedToPipeline: number;
  rows: CandidateImportRow[];
}

export interface ImportCandidatesVariables {
  input: { contentBase64: string; filename?: string | null; jobId?: string | null };
}

/**
 * Candidate import page: uploads a CSV (email, name, skill, level) as base64 bytes (so the API can
 * detect Windows-1252); each row is all-or-nothing, bad rows come back with their row number.
 */
export const IMPORT_CANDIDATES_MUTATION: TypedDocumentNode<{ importCandidates: CandidateImportResult }, ImportCandidatesVariables> = gql`
  mutation DashboardImportCandidates($input: ImportCandidatesInput!) {
    importCandidates(input: $input) {
      encoding
      delimiter
      total
      imported
      rejected
      peopleCreated
      peopleUpdated
      addedToPipeline
      rows {
        row
        outcome
        email
        name
        skill
        skillId
        skillName
        level
        errors
        personId
        createdPerson
      }
    }
  }
`;
