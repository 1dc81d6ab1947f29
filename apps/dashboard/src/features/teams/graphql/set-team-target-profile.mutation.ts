import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Result and variables of SET_TEAM_TARGET_PROFILE_MUTATION (generated from apps/api/schema.gql). */
export type SetTeamTargetProfileData = Gql.DashboardSetTeamTargetProfileMutation;
export type SetTeamTargetProfileVariables = Gql.DashboardSetTeamTargetProfileMutationVariables;

/**
 * Replaces the team's whole target profile (atomic; every bad entry is reported in
 * `extensions.details.problems` with its index and field, and nothing is saved).
 */
export const SET_TEAM_TARGET_PROFILE_MUTATION = graphql(`
  mutation DashboardSetTeamTargetProfile($input: SetTeamTargetProfileInput!) {
    setTeamTargetProfile(input: $input) {
      id
      readiness
      targetProfile { skill { id name aliases } minLevel needed }
    }
  }
`);
