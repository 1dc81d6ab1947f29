import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@skillproof/dashboard-data-access';
import { RouterProvider } from 'react-router-dom';
import { router } from './router';

// One client for the app's lifetime (never in React state).
const client = createApolloClient('/graphql');

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
