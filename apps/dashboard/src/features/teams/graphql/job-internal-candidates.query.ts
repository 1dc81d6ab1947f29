import { gql, type TypedDocumentNode } from '@apollo/client';

/** One ranked person for a job (fit 0..100). */
export interface RankedPerson {
  rank: number;
  fit: number;
  eligible: boolean;
  oneCredentialAway: boolean;
  person: { id: string; displayName: string; kind: 'CANDIDATE' | 'EMPLOYEE' };
}

export interface JobInternalCandidatesData {
  job: { id: string; title: string; matches: { totalCount: number; edges: { node: RankedPerson }[] } };
}

export interface JobInternalCandidatesVariables {
  id: string;
  first: number;
}

/**
 * Team page, internal candidates: the top of a job's ranking with employees included (PRODUCT.md §4
 * internal mobility); the page keeps the employees.
 */
export const JOB_INTERNAL_CANDIDATES_QUERY: TypedDocumentNode<JobInternalCandidatesData, JobInternalCandidatesVariables> = gql`
  query DashboardJobInternalCandidates($id: ID!, $first: Int) {
    job(id: $id) {
      id
      title
      matches(first: $first, includeEmployees: true) {
        totalCount
        edges { node { rank fit eligible oneCredentialAway person { id displayName kind } } }
      }
    }
  }
`;
