import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { ROLE_LABEL, clearSession, type Session } from './session';
import './auth.css';

/** Header block: the signed-in user's name and role(s), and sign-out. */
export function UserMenu({ session }: { session: Session }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const signOut = async () => {
    clearSession();
    await client.clearStore();
    navigate('/login', { replace: true });
  };
  return (
    <div className="user-menu">
      <span className="user-menu__name">{session.user.displayName}</span>{' '}
      <span className="badge badge--neutral" aria-label={`Role: ${session.user.roles.map((r) => ROLE_LABEL[r]).join(', ')}`}>
        {session.user.roles.map((r) => ROLE_LABEL[r]).join(' · ')}
      </span>{' '}
      <button type="button" className="button button--ghost user-menu__signout" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
