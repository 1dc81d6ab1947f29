import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTime, JobStatus, PersonRef, SkillRef } from '../types';

export interface TeamSkillGap {
  skill: SkillRef;
  minLevel: number;
  needed: number;
  covered: number;
  gap: number;
  singlePointOfKnowledge: boolean;
  holders: PersonRef[];
}

export interface TeamSkillMatrixCell {
  personId: string;
  skillId: string;
  level: number;
  verified: boolean;
  claimedLevel: number | null;
  expiresSoon: boolean;
  expired: boolean;
}

export interface TeamQueryData {
  team: {
    id: string;
    name: string;
    /** Fraction 0..1. */
    readiness: number;
    manager: PersonRef | null;
    members: PersonRef[];
    skillGaps: TeamSkillGap[];
    skillMatrix: {
      members: PersonRef[];
      skills: SkillRef[];
      cells: TeamSkillMatrixCell[];
    };
    jobs: { id: string; title: string; status: JobStatus }[];
  } | null;
}

export interface TeamQueryVariables {
  id: string;
  asOf?: DateTime | null;
}

/** Team page: readiness, coverage per target skill, skills matrix, the team's jobs. */
export const TEAM_QUERY: TypedDocumentNode<TeamQueryData, TeamQueryVariables> = gql`
  query DashboardTeam($id: ID!, $asOf: DateTime) {
    team(id: $id) {
      id
      name
      readiness(asOf: $asOf)
      manager {
        id
        displayName
      }
      members {
        id
        displayName
      }
      skillGaps(asOf: $asOf) {
        skill {
          id
          name
        }
        minLevel
        needed
        covered
        gap
        singlePointOfKnowledge
        holders {
          id
          displayName
        }
      }
      skillMatrix(asOf: $asOf) {
        members {
          id
          displayName
        }
        skills {
          id
          name
        }
        cells {
          personId
          skillId
          level
          verified
          claimedLevel
          expiresSoon
          expired
        }
      }
      jobs {
        id
        title
        status
      }
    }
  }
`;
