import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from '../types';

export interface IssuerItem {
  id: string;
  name: string;
  did: string | null;
  url: string | null;
  trusted: boolean;
}

export interface IssuersQueryData {
  issuers: Connection<IssuerItem>;
}

export interface IssuersQueryVariables {
  search?: string | null;
  trusted?: boolean | null;
  first?: number;
  after?: string | null;
}

/** Admin: the organisation's issuers with their trust flag (paginated, searchable). */
export const ISSUERS_QUERY: TypedDocumentNode<IssuersQueryData, IssuersQueryVariables> = gql`
  query DashboardIssuers($search: String, $trusted: Boolean, $first: Int, $after: String) {
    issuers(search: $search, trusted: $trusted, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          did
          url
          trusted
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface SetIssuerTrustData {
  setIssuerTrust: IssuerItem;
}

export interface SetIssuerTrustVariables {
  input: { issuerId: string; trusted: boolean };
}

/** Admin: puts an issuer on or off the trust list (the cache updates the row by id). */
export const SET_ISSUER_TRUST_MUTATION: TypedDocumentNode<SetIssuerTrustData, SetIssuerTrustVariables> = gql`
  mutation DashboardSetIssuerTrust($input: SetIssuerTrustInput!) {
    setIssuerTrust(input: $input) {
      id
      name
      did
      url
      trusted
    }
  }
`;
