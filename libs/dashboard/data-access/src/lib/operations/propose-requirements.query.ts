import { graphql } from '../gql';
import type { DashboardProposeRequirementsQuery, DashboardProposeRequirementsQueryVariables } from '../gql/graphql';

/** Where a skill was mentioned (API enum RequirementContext). */
export type { RequirementContext } from '../gql/graphql';
/** Result and variables of PROPOSE_REQUIREMENTS_QUERY (generated from apps/api/schema.gql). */
export type ProposeRequirementsQueryData = DashboardProposeRequirementsQuery;
export type ProposeRequirementsQueryVariables = DashboardProposeRequirementsQueryVariables;
/** One proposed requirement with the text it was matched from (mentions: character offsets). */
export type RequirementProposal = ProposeRequirementsQueryData['proposeRequirements'][number];

/** Jobs page: requirements proposed from a pasted description or an O*NET occupation code (read-only). */
export const PROPOSE_REQUIREMENTS_QUERY = graphql(`
  query DashboardProposeRequirements($input: ProposeRequirementsInput!) {
    proposeRequirements(input: $input) {
      skill {
        id
        name
      }
      matchedText
      count
      suggestedLevel
      mustHave
      context
      weight
      source
      mentions {
        text
        start
        end
      }
    }
  }
`);
