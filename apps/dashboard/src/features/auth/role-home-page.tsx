import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@skillproof/dashboard-ui';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { MY_TEAMS_QUERY } from './auth.operations';
import { homePathFor } from './role-home';
import { primaryRole, useSession } from './session';

/** A manager's home: their (first) team page; the team list when they manage none or several. */
function ManagerHome({ fallback }: { fallback: ReactNode }) {
  const { data, loading } = useQuery(MY_TEAMS_QUERY);
  if (!data && loading) return <LoadingState label="your team" />;
  const teams = data?.teams ?? [];
  return teams.length === 1 ? <Navigate to={paths.team(teams[0].id)} replace /> : <>{fallback}</>;
}

/**
 * The `/` route: each role lands on its own home page (HR → /jobs, MANAGER → their team, LND → the
 * learning page when it exists); ADMIN (and LND until then) see `fallback`, the team list.
 */
export default function RoleHomePage({ fallback }: { fallback: ReactNode }) {
  const session = useSession();
  if (!session) return <>{fallback}</>;
  const role = primaryRole(session.user.roles);
  if (role === 'MANAGER') return session.home ? <Navigate to={session.home} replace /> : <ManagerHome fallback={fallback} />;
  const home = homePathFor(session.user.roles);
  return home ? <Navigate to={home} replace /> : <>{fallback}</>;
}
