import { graphql } from '../gql';
import type {
  DashboardJobPipelineQuery,
  DashboardJobPipelineQueryVariables,
  DashboardMoveApplicationMutation,
  DashboardMoveApplicationMutationVariables,
} from '../gql/graphql';

/** Stage of an application (API enum ApplicationStage). */
export type { ApplicationStage } from '../gql/graphql';
/** Result and variables of JOB_PIPELINE_QUERY and MOVE_APPLICATION_MUTATION (generated from apps/api/schema.gql). */
export type JobPipelineData = DashboardJobPipelineQuery;
export type JobPipelineVariables = DashboardJobPipelineQueryVariables;
export type MoveApplicationData = DashboardMoveApplicationMutation;
export type MoveApplicationVariables = DashboardMoveApplicationMutationVariables;
/** A person in a job's pipeline. In blind mode `person.displayName` is the candidate code and `email` is null. */
export type PipelineApplication = NonNullable<JobPipelineData['job']>['pipeline']['applications']['edges'][number]['node'];
/** One recorded decision: from → to, why, who, when (UTC instant). */
export type StageEvent = MoveApplicationData['moveApplication']['event'];

/**
 * Pipeline page: counts per stage and a page of applications (most recently moved first) with their
 * history. Run it with `fetchPolicy: 'no-cache'` (blind mode reuses Person ids with codes as names).
 */
export const JOB_PIPELINE_QUERY = graphql(`
  query DashboardJobPipeline($id: ID!, $stage: ApplicationStage, $first: Int, $after: String, $blind: Boolean) {
    job(id: $id) {
      id
      title
      pipeline(stage: $stage, first: $first, after: $after, blind: $blind) {
        total
        stageCounts {
          stage
          count
        }
        applications {
          totalCount
          edges {
            cursor
            node {
              id
              stage
              createdAt
              updatedAt
              allowedMoves
              person {
                id
                kind
                displayName
                email
                code
              }
              history {
                id
                fromStage
                toStage
                reason
                at
                actor {
                  id
                  email
                  displayName
                }
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
  }
`);

/**
 * Moves a person to a stage with a reason, recorded with the signed-in user and the instant.
 * Errors: BAD_USER_INPUT (blank reason), CONFLICT (move not allowed now), NOT_FOUND.
 */
export const MOVE_APPLICATION_MUTATION = graphql(`
  mutation DashboardMoveApplication($input: MoveApplicationInput!, $blind: Boolean) {
    moveApplication(input: $input, blind: $blind) {
      application {
        id
        stage
        createdAt
        updatedAt
        allowedMoves
        person {
          id
          kind
          displayName
          email
          code
        }
        history {
          id
          fromStage
          toStage
          reason
          at
          actor {
            id
            email
            displayName
          }
        }
      }
      event {
        id
        fromStage
        toStage
        reason
        at
        actor {
          id
          email
          displayName
        }
      }
    }
  }
`);
