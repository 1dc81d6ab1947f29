import { EmptyState, PageHeader } from '@skillproof/dashboard-ui';
import { Link, useLocation } from 'react-router-dom';
import { homePathFor } from '../auth/role-home';
import { useSession } from '../auth/session';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  const session = useSession();
  const home = (session && homePathFor(session.user.roles)) ?? '/';
  return (
    <>
      <title>Not found · SkillProof</title>
      <PageHeader title="Page not found" />
      <EmptyState title={`Nothing lives at ${pathname}.`}>
        <p>
          <Link to={home}>Go to your home page</Link>.
        </p>
      </EmptyState>
    </>
  );
}
