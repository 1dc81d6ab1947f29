import { graphql } from '../gql';
import type { DashboardImportCandidatesMutation, DashboardImportCandidatesMutationVariables } from '../gql/graphql';

/** Result and variables of IMPORT_CANDIDATES_MUTATION (generated from apps/api/schema.gql). */
export type ImportCandidatesData = DashboardImportCandidatesMutation;
export type ImportCandidatesVariables = DashboardImportCandidatesMutationVariables;
/** The report of one upload: detected encoding and delimiter, counts, one entry per data row. */
export type CandidateImportResult = ImportCandidatesData['importCandidates'];
/** The outcome of one CSV data row (row numbers count the header as row 1). */
export type CandidateImportRow = CandidateImportResult['rows'][number];

/**
 * Candidate import page: uploads a CSV (email, name, skill, level) as base64 bytes (so the API can
 * detect Windows-1252); each row is all-or-nothing, bad rows come back with their row number.
 */
export const IMPORT_CANDIDATES_MUTATION = graphql(`
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
`);
