import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** How requests are authenticated: set once by the dashboard's auth feature (configureAuth). */
interface AuthHooks {
  /** The current access token, or null when signed out. */
  getToken: () => string | null;
  /** Called when the API answers UNAUTHENTICATED (HTTP 401): expired or missing sign-in. */
  onUnauthenticated: () => void;
}

const auth: AuthHooks = { getToken: () => null, onUnauthenticated: () => undefined };

/** Plugs the sign-in session into every request: `Authorization: Bearer <token>` and the 401 handler. */
export function configureAuth(hooks: Partial<AuthHooks>): void {
  Object.assign(auth, hooks);
}

/** fetch with the Authorization header; a 401 answer (UNAUTHENTICATED) calls onUnauthenticated. */
const authFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const token = auth.getToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(input, { ...init, headers });
  if (res.status === 401) auth.onUnauthenticated();
  return res;
};

/**
 * The dashboard's Apollo Client. The API serves the dashboard on the same origin, so the endpoint
 * is the relative `/graphql` (the Vite dev server proxies it to http://localhost:3000).
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin', fetch: authFetch }),
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
