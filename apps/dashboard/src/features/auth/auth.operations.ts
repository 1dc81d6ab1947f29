import { graphql, type Gql } from '@skillproof/dashboard-data-access';

/** Results and variables of LOGIN_MUTATION and MY_TEAMS_QUERY (generated from apps/api/schema.gql). */
export type LoginData = Gql.DashboardLoginMutation;
export type LoginVariables = Gql.DashboardLoginMutationVariables;
export type MyTeamsData = Gql.DashboardMyTeamsQuery;

/** Sign-in (API.md `login`). */
export const LOGIN_MUTATION = graphql(`
  mutation DashboardLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        id
        email
        displayName
        roles
        personId
      }
    }
  }
`);

/** The teams a manager manages (the API filters `teams` for managers). */
export const MY_TEAMS_QUERY = graphql(`
  query DashboardMyTeams {
    teams {
      id
      name
    }
  }
`);
