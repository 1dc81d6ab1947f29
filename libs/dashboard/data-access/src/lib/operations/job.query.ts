import { gql, type TypedDocumentNode } from '@apollo/client';
import type { JobStatus, SkillRef } from '../types';

export interface JobRequirement {
  skill: SkillRef;
  minLevel: number;
  weight: number;
  mustHave: boolean;
}

export interface JobQueryData {
  job: {
    id: string;
    title: string;
    description: string | null;
    occupationCode: string | null;
    status: JobStatus;
    team: { id: string; name: string } | null;
    requirements: JobRequirement[];
  } | null;
}

export interface JobQueryVariables {
  id: string;
}

/** Job page header and requirements table (the ranking is a separate, uncached query). */
export const JOB_QUERY: TypedDocumentNode<JobQueryData, JobQueryVariables> = gql`
  query DashboardJob($id: ID!) {
    job(id: $id) {
      id
      title
      description
      occupationCode
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
        minLevel
        weight
        mustHave
      }
    }
  }
`;
