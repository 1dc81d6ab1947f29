import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The dashboard's Apollo Client. The API serves the dashboard on the same origin, so the endpoint
 * is the relative `/graphql` (the Vite dev server proxies it to http://localhost:3000).
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Computed values without ids are stored inside their parent, never merged across parents.
        SkillGap: { keyFields: false },
        SkillMatrix: { keyFields: false },
        SkillMatrixCell: { keyFields: false },
        Requirement: { keyFields: false },
        VerificationReport: { keyFields: false },
        PersonSkill: { keyFields: false },
        Team: {
          fields: {
            // Lists are replaced on refetch, not merged element by element.
            members: { merge: false },
            jobs: { merge: false },
            skillGaps: { merge: false },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
