import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from '../types';

export type ImportOutcome = 'VERIFIED' | 'FAILED' | 'INDETERMINATE' | 'DUPLICATE' | 'ERROR';

/** One item of a bulk import, as the Import page's outcome table shows it. */
export interface ImportJobItem {
  index: number;
  source: string;
  outcome: ImportOutcome | null;
  reasons: string[];
  error: string | null;
  credential: { id: string; name: string; verification: { status: string } } | null;
  person: { id: string; displayName: string } | null;
}

export interface ImportJobData {
  importJob: {
    id: string;
    filename: string;
    status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
    error: string | null;
    total: number;
    processed: number;
    progress: number;
    verified: number;
    failed: number;
    indeterminate: number;
    duplicates: number;
    errors: number;
    items: Connection<ImportJobItem>;
  } | null;
}

export interface ImportJobVariables {
  id: string;
  first?: number;
  after?: string | null;
  outcome?: ImportOutcome | null;
}

/** Import page: progress of a bulk import and one page of its per-item outcomes (polled). */
export const IMPORT_JOB_QUERY: TypedDocumentNode<ImportJobData, ImportJobVariables> = gql`
  query DashboardImportJob($id: ID!, $first: Int, $after: String, $outcome: ImportOutcome) {
    importJob(id: $id) {
      id
      filename
      status
      error
      total
      processed
      progress
      verified
      failed
      indeterminate
      duplicates
      errors
      items(first: $first, after: $after, outcome: $outcome) {
        totalCount
        edges {
          cursor
          node {
            index
            source
            outcome
            reasons
            error
            credential {
              id
              name
              verification {
                status
              }
            }
            person {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
