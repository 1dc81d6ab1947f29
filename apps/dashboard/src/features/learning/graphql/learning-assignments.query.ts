import { gql, type TypedDocumentNode } from '@apollo/client';

export type AssignmentStatus = 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

export interface AssignmentNode {
  id: string;
  status: AssignmentStatus;
  /** ISO instant (UTC). */
  dueDate: string;
  overdue: boolean;
  completedAt: string | null;
  person: { id: string; displayName: string };
  definition: { id: string; name: string };
}

export interface LearningAssignmentsData {
  learningAssignments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AssignmentNode }[] };
}

export interface LearningAssignmentsVariables {
  teamId?: string | null;
  first?: number;
  after?: string | null;
}

/** L&D page: the assignment board of a team (by due date). */
export const LEARNING_ASSIGNMENTS_QUERY: TypedDocumentNode<LearningAssignmentsData, LearningAssignmentsVariables> = gql`
  query DashboardLearningAssignments($teamId: ID, $first: Int, $after: String) {
    learningAssignments(teamId: $teamId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status dueDate overdue completedAt person { id displayName } definition { id name } } }
    }
  }
`;
