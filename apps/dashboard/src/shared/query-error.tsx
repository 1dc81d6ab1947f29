import { describeError } from '@skillproof/dashboard-data-access';
import { ErrorState } from '@skillproof/dashboard-ui';

/** Error state for a failed query: shows the GraphQL error message (and code) with a retry button. */
export function QueryError({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { message, code } = describeError(error);
  return <ErrorState title={title ?? 'Could not load data'} message={message} code={code} onRetry={onRetry} />;
}
