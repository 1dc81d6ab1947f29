import { ErrorState } from '@skillproof/dashboard-ui';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { paths } from './paths';

/** Shown when rendering a route throws (e.g. a page chunk failed to load). */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unexpected error';
  return (
    <main id="main" className="main">
      <h1>SkillProof</h1>
      <ErrorState title="This page could not be shown" message={message} onRetry={() => window.location.reload()} />
      <p>
        <Link to={paths.teams()}>Back to teams</Link>
      </p>
    </main>
  );
}
