import { EmptyState, PageHeader } from '@skillproof/dashboard-ui';
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../app/paths';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Not found · SkillProof</title>
      <PageHeader title="Page not found" />
      <EmptyState title={`Nothing lives at ${pathname}.`}>
        <p>
          Go to <Link to={paths.teams()}>Teams</Link> or <Link to={paths.jobs()}>Jobs</Link>.
        </p>
      </EmptyState>
    </>
  );
}
