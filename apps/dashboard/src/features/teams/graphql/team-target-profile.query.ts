import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of TEAM_TARGET_PROFILE_QUERY (generated from apps/api/schema.gql). */
export type TeamTargetProfileData = Gql.DashboardTeamTargetProfileQuery;
export type TeamTargetProfileVariables = Gql.DashboardTeamTargetProfileQueryVariables;
/** One entry of a team's target profile (levels on the organisation's scale; `needed` people). */
export type TargetProfileEntry = TeamTargetProfileData['team']['targetProfile'][number];

/** Team page, target profile editor: the current profile (needed desc, then skill id). */
export const TEAM_TARGET_PROFILE_QUERY = graphql(`
  query DashboardTeamTargetProfile($id: ID!) {
    team(id: $id) {
      id
      name
      targetProfile { skill { id name aliases } minLevel needed }
    }
  }
`);
