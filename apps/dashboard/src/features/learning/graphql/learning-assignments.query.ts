import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Status of a learning assignment (API enum AssignmentStatus). */
export type AssignmentStatus = Gql.AssignmentStatus;
/** Result and variables of LEARNING_ASSIGNMENTS_QUERY (generated from apps/api/schema.gql). */
export type LearningAssignmentsData = Gql.DashboardLearningAssignmentsQuery;
export type LearningAssignmentsVariables = Gql.DashboardLearningAssignmentsQueryVariables;
/** One assignment of the board; `dueDate` and `completedAt` are ISO instants (UTC). */
export type AssignmentNode = LearningAssignmentsData['learningAssignments']['edges'][number]['node'];

/** L&D page: the assignment board of a team (by due date). */
export const LEARNING_ASSIGNMENTS_QUERY = graphql(`
  query DashboardLearningAssignments($teamId: ID, $first: Int, $after: String) {
    learningAssignments(teamId: $teamId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status dueDate overdue completedAt person { id displayName } definition { id name } } }
    }
  }
`);
