import { gql, type TypedDocumentNode } from '@apollo/client';

/** One entry of a team's target profile (levels on the organisation's scale; `needed` people). */
export interface TargetProfileEntry {
  skill: { id: string; name: string; aliases: string[] };
  minLevel: number;
  needed: number;
}

export interface TeamTargetProfileData {
  team: { id: string; name: string; targetProfile: TargetProfileEntry[] };
}

export interface TeamTargetProfileVariables {
  id: string;
}

/** Team page, target profile editor: the current profile (needed desc, then skill id). */
export const TEAM_TARGET_PROFILE_QUERY: TypedDocumentNode<TeamTargetProfileData, TeamTargetProfileVariables> = gql`
  query DashboardTeamTargetProfile($id: ID!) {
    team(id: $id) {
      id
      name
      targetProfile { skill { id name aliases } minLevel needed }
    }
  }
`;
