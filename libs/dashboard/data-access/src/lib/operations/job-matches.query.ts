import { graphql } from '../gql';
import type { DashboardJobMatchesQuery, DashboardJobMatchesQueryVariables } from '../gql/graphql';

/** Result and variables of JOB_MATCHES_QUERY (generated from apps/api/schema.gql). */
export type JobMatchesQueryData = DashboardJobMatchesQuery;
export type JobMatchesQueryVariables = DashboardJobMatchesQueryVariables;
/**
 * One ranked person with the per-requirement explanation. In blind mode `person.displayName` is a
 * candidate code; `currentStage` is null when the person is not in the job's pipeline (always null
 * for roles without pipeline access).
 */
export type JobMatch = NonNullable<JobMatchesQueryData['job']>['matches']['edges'][number]['node'];
/** One requirement of a match: status, attained vs required level, evidence and suggestions. */
export type MatchRequirement = JobMatch['requirements'][number];
/** A credential behind a requirement's attained level (possibly inferred from a narrower skill). */
export type MatchEvidence = MatchRequirement['evidence'][number];
/** A credential definition that would close the requirement. */
export type MatchSuggestion = MatchRequirement['suggestions'][number];

/**
 * Ranked candidates for a job with the per-requirement explanation. Run it with
 * `fetchPolicy: 'no-cache'`: blind-mode results carry candidate codes under the same Person ids, and
 * must never overwrite (or be overwritten by) names in the normalised cache.
 */
export const JOB_MATCHES_QUERY = graphql(`
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
`);
