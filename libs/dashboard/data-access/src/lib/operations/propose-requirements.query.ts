import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SkillRef } from '../types';

export type RequirementContext = 'REQUIRED' | 'NEUTRAL' | 'PREFERRED';

export interface RequirementProposal {
  skill: SkillRef;
  matchedText: string;
  count: number;
  suggestedLevel: number;
  mustHave: boolean;
  context: RequirementContext;
  weight: number;
  source: 'TEXT' | 'OCCUPATION';
  mentions: { text: string; start: number; end: number }[];
}

export interface ProposeRequirementsQueryData {
  proposeRequirements: RequirementProposal[];
}

export interface ProposeRequirementsQueryVariables {
  input: { text?: string | null; occupationCode?: string | null };
}

/** Jobs page: requirements proposed from a pasted description or an O*NET occupation code (read-only). */
export const PROPOSE_REQUIREMENTS_QUERY: TypedDocumentNode<ProposeRequirementsQueryData, ProposeRequirementsQueryVariables> = gql`
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
`;
