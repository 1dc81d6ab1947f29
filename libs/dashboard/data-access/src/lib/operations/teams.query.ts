import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersonRef } from '../types';

export interface TeamsQueryData {
  teams: {
    id: string;
    name: string;
    /** Fraction 0..1. */
    readiness: number;
    manager: PersonRef | null;
    members: { id: string }[];
  }[];
}

export type TeamsQueryVariables = Record<string, never>;

/** Home page: every team with its readiness. */
export const TEAMS_QUERY: TypedDocumentNode<TeamsQueryData, TeamsQueryVariables> = gql`
  query DashboardTeams {
    teams {
      id
      name
      readiness
      manager {
        id
        displayName
      }
      members {
        id
      }
    }
  }
`;
