import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PersonHit {
  id: string;
  displayName: string;
  kind: 'CANDIDATE' | 'EMPLOYEE';
  team: { id: string; name: string } | null;
}

export interface PeopleSearchData {
  people: { totalCount: number; edges: { node: PersonHit }[] };
}

export interface PeopleSearchVariables {
  search: string;
  first?: number;
}

/** Import page: the person to attach a pasted credential to, by name or e-mail. */
export const PEOPLE_SEARCH_QUERY: TypedDocumentNode<PeopleSearchData, PeopleSearchVariables> = gql`
  query DashboardImportPeopleSearch($search: String!, $first: Int) {
    people(search: $search, first: $first) {
      totalCount
      edges { node { id displayName kind team { id name } } }
    }
  }
`;

export interface PersonNameData {
  person: { id: string; displayName: string; kind: 'CANDIDATE' | 'EMPLOYEE' } | null;
}

/** Import page: the name of the person given in `?person=`. */
export const PERSON_NAME_QUERY: TypedDocumentNode<PersonNameData, { id: string }> = gql`
  query DashboardImportPersonName($id: ID!) {
    person(id: $id) { id displayName kind }
  }
`;
