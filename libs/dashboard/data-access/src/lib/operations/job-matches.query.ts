import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, DateTime, PersonKind, RequirementStatus, SkillRef, VerificationStatus } from '../types';
import type { ApplicationStage } from './job-pipeline.operations';

export interface MatchEvidence {
  credentialId: string;
  credentialName: string;
  issuerName: string | null;
  issuerTrusted: boolean;
  issuedOn: DateTime | null;
  validUntil: DateTime | null;
  verificationStatus: VerificationStatus;
  inferredFrom: SkillRef | null;
  inferencePath: SkillRef[];
}

export interface MatchSuggestion {
  id: string;
  name: string;
  kind: string;
  estimatedHours: number | null;
  cost: number | null;
  issuer: { id: string; name: string; trusted: boolean } | null;
}

export interface MatchRequirement {
  skill: SkillRef;
  status: RequirementStatus;
  attainedLevel: number;
  requiredLevel: number;
  weight: number;
  mustHave: boolean;
  evidence: MatchEvidence[];
  suggestions: MatchSuggestion[];
}

export interface JobMatch {
  /** In blind mode `displayName` is a candidate code. */
  person: { id: string; kind: PersonKind; displayName: string };
  fit: number;
  eligible: boolean;
  oneCredentialAway: boolean;
  metCount: number;
  rank: number;
  /** Where the person is in this job's pipeline (null: not in it; always null for roles without pipeline access). */
  currentStage: ApplicationStage | null;
  requirements: MatchRequirement[];
}

export interface JobMatchesQueryData {
  job: { id: string; matches: Connection<JobMatch> } | null;
}

export interface JobMatchesQueryVariables {
  id: string;
  first?: number;
  after?: string | null;
  blind?: boolean;
  eligibleOnly?: boolean;
  asOf?: DateTime | null;
  includeEmployees?: boolean;
}

/**
 * Ranked candidates for a job with the per-requirement explanation. Run it with
 * `fetchPolicy: 'no-cache'`: blind-mode results carry candidate codes under the same Person ids, and
 * must never overwrite (or be overwritten by) names in the normalised cache.
 */
export const JOB_MATCHES_QUERY: TypedDocumentNode<JobMatchesQueryData, JobMatchesQueryVariables> = gql`
  query DashboardJobMatches(
    $id: ID!
    $first: Int
    $after: String
    $blind: Boolean
    $eligibleOnly: Boolean
    $asOf: DateTime
    $includeEmployees: Boolean
  ) {
    job(id: $id) {
      id
      matches(
        first: $first
        after: $after
        blind: $blind
        eligibleOnly: $eligibleOnly
        asOf: $asOf
        includeEmployees: $includeEmployees
      ) {
        totalCount
        edges {
          cursor
          node {
            person {
              id
              kind
              displayName
            }
            fit
            eligible
            oneCredentialAway
            metCount
            rank
            currentStage
            requirements {
              skill {
                id
                name
              }
              status
              attainedLevel
              requiredLevel
              weight
              mustHave
              evidence {
                credentialId
                credentialName
                issuerName
                issuerTrusted
                issuedOn
                validUntil
                verificationStatus
                inferredFrom {
                  id
                  name
                }
                inferencePath {
                  id
                  name
                }
              }
              suggestions {
                id
                name
                kind
                estimatedHours
                cost
                issuer {
                  id
                  name
                  trusted
                }
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
`;
