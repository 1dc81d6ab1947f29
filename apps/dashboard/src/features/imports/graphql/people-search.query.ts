import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Results and variables of PEOPLE_SEARCH_QUERY and PERSON_NAME_QUERY (generated from apps/api/schema.gql). */
export type PeopleSearchData = Gql.DashboardImportPeopleSearchQuery;
export type PeopleSearchVariables = Gql.DashboardImportPeopleSearchQueryVariables;
export type PersonNameData = Gql.DashboardImportPersonNameQuery;
export type PersonNameVariables = Gql.DashboardImportPersonNameQueryVariables;
/** A person found by name or e-mail, with their team. */
export type PersonHit = PeopleSearchData['people']['edges'][number]['node'];

/** Import page: the person to attach a pasted credential to, by name or e-mail. */
export const PEOPLE_SEARCH_QUERY = graphql(`
  query DashboardImportPeopleSearch($search: String!, $first: Int) {
    people(search: $search, first: $first) {
      totalCount
      edges { node { id displayName kind team { id name } } }
    }
  }
`);

/** Import page: the name of the person given in `?person=`. */
export const PERSON_NAME_QUERY = graphql(`
  query DashboardImportPersonName($id: ID!) {
    person(id: $id) { id displayName kind }
  }
`);
