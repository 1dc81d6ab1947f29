import { gql, type TypedDocumentNode } from '@apollo/client';

/** A skill found by name or alias. */
export interface SkillHit {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
}

export interface SkillSearchData {
  skills: { totalCount: number; edges: { node: SkillHit }[] };
}

export interface SkillSearchVariables {
  search: string;
  first?: number;
}

/** Target profile editor: skills whose name or alias matches `search` (best match first). */
export const SKILL_SEARCH_QUERY: TypedDocumentNode<SkillSearchData, SkillSearchVariables> = gql`
  query DashboardSkillSearch($search: String!, $first: Int) {
    skills(search: $search, first: $first) {
      totalCount
      edges { node { id name aliases category } }
    }
  }
`;
