import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TargetProfileEntry } from './team-target-profile.query';

export interface SetTeamTargetProfileData {
  setTeamTargetProfile: { id: string; readiness: number; targetProfile: TargetProfileEntry[] };
}

export interface SetTeamTargetProfileVariables {
  input: { teamId: string; skills: { skillId: string; minLevel: number; needed: number }[] };
}

/**
 * Replaces the team's whole target profile (atomic; every bad entry is reported in
 * `extensions.details.problems` with its index and field, and nothing is saved).
 */
export const SET_TEAM_TARGET_PROFILE_MUTATION: TypedDocumentNode<SetTeamTargetProfileData, SetTeamTargetProfileVariables> = gql`
  mutation DashboardSetTeamTargetProfile($input: SetTeamTargetProfileInput!) {
    setTeamTargetProfile(input: $input) {
      id
      readiness
      targetProfile { skill { id name aliases } minLevel needed }
    }
  }
`;
