import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Session } from './session';

export interface LoginData {
  login: { accessToken: string; user: Session['user'] };
}
export interface LoginVariables {
  email: string;
  password: string;
}

/** Sign-in (API.md `login`). */
export const LOGIN_MUTATION: TypedDocumentNode<LoginData, LoginVariables> = gql`
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
`;

export interface MyTeamsData {
  teams: { id: string; name: string }[];
}

/** The teams a manager manages (the API filters `teams` for managers). */
export const MY_TEAMS_QUERY: TypedDocumentNode<MyTeamsData, Record<string, never>> = gql`
  query DashboardMyTeams {
    teams {
      id
      name
    }
  }
`;
