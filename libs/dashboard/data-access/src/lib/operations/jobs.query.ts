import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, JobStatus, SkillRef } from '../types';

export interface JobListItem {
  id: string;
  title: string;
  status: JobStatus;
  team: { id: string; name: string } | null;
  requirements: { skill: SkillRef; mustHave: boolean }[];
}

export interface JobsQueryData {
  jobs: Connection<JobListItem>;
}

export interface JobsQueryVariables {
  status?: JobStatus | null;
  first?: number;
  after?: string | null;
}

/** Jobs list page (paginated with first/after). */
export const JOBS_QUERY: TypedDocumentNode<JobsQueryData, JobsQueryVariables> = gql`
  query DashboardJobs($status: JobStatus, $first: Int, $after: String) {
    jobs(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          team {
            id
            name
          }
          requirements {
            skill {
              id
              name
            }
            mustHave
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
