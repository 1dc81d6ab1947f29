import { graphql } from '../gql';
import type { DashboardOrganizationSkillGapsQuery } from '../gql/graphql';

/** Result of ORGANIZATION_SKILL_GAPS_QUERY (generated from apps/api/schema.gql). */
export type OrganizationSkillGapsQueryData = DashboardOrganizationSkillGapsQuery;
/** One target skill across teams: Σ needed, Σ covered, Σ gap, teams affected. */
export type OrganizationSkillGapRow = OrganizationSkillGapsQueryData['organizationSkillGaps'][number];

/** Organisation page: skill gaps across every team. */
export const ORGANIZATION_SKILL_GAPS_QUERY = graphql(`
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
`);
