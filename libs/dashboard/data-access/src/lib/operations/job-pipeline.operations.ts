import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, DateTime, PersonKind } from '../types';

/** Stage of an application (API enum ApplicationStage), in pipeline order. */
export type ApplicationStage = 'APPLIED' | 'SCREENING' | 'SHORTLISTED' | 'INTERVIEW' | 'OFFER' | 'HIRED' | 'REJECTED';

/** One recorded decision: from → to, why, who, when (UTC instant). */
export interface StageEvent {
  id: string;
  fromStage: ApplicationStage | null;
  toStage: ApplicationStage;
  reason: string;
  at: DateTime;
  actor: { id: string; email: string; displayName: string } | null;
}

/** A person in a job's pipeline. In blind mode `person.displayName` is the candidate code and `email` is null. */
export interface PipelineApplication {
  id: string;
  stage: ApplicationStage;
  createdAt: DateTime;
  updatedAt: DateTime;
  allowedMoves: ApplicationStage[];
  person: { id: string; kind: PersonKind; displayName: string; email: string | null; code: string };
  history: StageEvent[];
}

export interface JobPipelineData {
  job: {
    id: string;
    title: string;
    pipeline: {
      total: number;
      stageCounts: { stage: ApplicationStage; count: number }[];
      applications: Connection<PipelineApplication>;
    };
  } | null;
}

export interface JobPipelineVariables {
  id: string;
  stage?: ApplicationStage | null;
  first?: number;
  after?: string | null;
  blind?: boolean;
}

/**
 * Pipeline page: counts per stage and a page of applications (most recently moved first) with their
 * history. Run it with `fetchPolicy: 'no-cache'` (blind mode reuses Person ids with codes as names).
 */
export const JOB_PIPELINE_QUERY: TypedDocumentNode<JobPipelineData, JobPipelineVariables> = gql`
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
`;

export interface MoveApplicationVariables {
  input: {
    jobId: string;
    personId: string;
    toStage: ApplicationStage;
    /** Required, not blank, ≤ 2,000 characters. */
    reason: string;
    /** The stage the user saw (null: not in the pipeline); CONFLICT when it changed meanwhile. */
    expectedStage?: ApplicationStage | null;
  };
  blind?: boolean;
}

/**
 * Moves a person to a stage with a reason, recorded with the signed-in user and the instant.
 * Errors: BAD_USER_INPUT (blank reason), CONFLICT (move not allowed now), NOT_FOUND.
 */
export const MOVE_APPLICATION_MUTATION: TypedDocumentNode<{ moveApplication: { application: PipelineApplication; event: StageEvent } }, MoveApplicationVariables> = gql`
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
`;
