import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTime, SkillRef } from '../types';

export interface OrganizationSkillGapRow {
  skill: SkillRef;
  needed: number;
  covered: number;
  gap: number;
  teams: { id: string; name: string }[];
  teamsAffected: { id: string; name: string }[];
}

export interface OrganizationSkillGapsQueryData {
  organizationSkillGaps: OrganizationSkillGapRow[];
}

/** Organisation page: skill gaps across every team. */
export const ORGANIZATION_SKILL_GAPS_QUERY: TypedDocumentNode<OrganizationSkillGapsQueryData, { asOf?: DateTime | null }> = gql`
  query DashboardOrganizationSkillGaps($asOf: DateTime) {
    organizationSkillGaps(asOf: $asOf) {
      skill {
        id
        name
      }
      needed
      covered
      gap
      teams {
        id
        name
      }
      teamsAffected {
        id
        name
      }
    }
  }
`;
