import { graphql } from '../gql';
import type { DashboardTeamQuery, DashboardTeamQueryVariables } from '../gql/graphql';

/** Result and variables of TEAM_QUERY (generated from apps/api/schema.gql). */
export type TeamQueryData = DashboardTeamQuery;
export type TeamQueryVariables = DashboardTeamQueryVariables;
/** One target skill's coverage row: levels on the organisation's scale, counts of people. */
export type TeamSkillGap = NonNullable<TeamQueryData['team']>['skillGaps'][number];
/** One cell of the skills matrix (member × target skill). */
export type TeamSkillMatrixCell = NonNullable<TeamQueryData['team']>['skillMatrix']['cells'][number];

/** Team page: readiness, coverage per target skill, skills matrix, the team's jobs. */
export const TEAM_QUERY = graphql(`
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
`);
