import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, DateTime, RequirementStatus, SkillRef } from '../types';
import type { ApplicationStage } from './job-pipeline.operations';

/** One ranking row as exported to CSV (no evidence: light enough for pages of 100). */
export interface RankingExportRow {
  rank: number;
  person: { id: string; displayName: string; code: string };
  fit: number;
  eligible: boolean;
  oneCredentialAway: boolean;
  metCount: number;
  currentStage: ApplicationStage | null;
  requirements: { skill: SkillRef; status: RequirementStatus; attainedLevel: number; requiredLevel: number; mustHave: boolean }[];
}

export interface RankingExportVariables {
  id: string;
  first: number;
  after?: string | null;
  blind?: boolean;
  eligibleOnly?: boolean;
  asOf?: DateTime | null;
  includeEmployees?: boolean;
}

/** CSV export of a ranking: every page of the current filters, fetched one after the other (`no-cache`). */
export const JOB_RANKING_EXPORT_QUERY: TypedDocumentNode<{ job: { id: string; matches: Connection<RankingExportRow> } | null }, RankingExportVariables> = gql`
  query DashboardJobRankingExport($id: ID!, $first: Int, $after: String, $blind: Boolean, $eligibleOnly: Boolean, $asOf: DateTime, $includeEmployees: Boolean) {
    job(id: $id) {
      id
      matches(first: $first, after: $after, blind: $blind, eligibleOnly: $eligibleOnly, asOf: $asOf, includeEmployees: $includeEmployees) {
        totalCount
        edges {
          cursor
          node {
            rank
            person {
              id
              displayName
              code
            }
            fit
            eligible
            oneCredentialAway
            metCount
            currentStage
            requirements {
              skill {
                id
                name
              }
              status
              attainedLevel
              requiredLevel
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
  }
`;
