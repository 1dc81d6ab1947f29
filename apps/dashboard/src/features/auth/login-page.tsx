import { useApolloClient } from '@apollo/client/react';
import { describeError } from '@skillproof/dashboard-data-access';
import { useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { LOGIN_MUTATION, MY_TEAMS_QUERY } from './auth.operations';
import { homePathFor } from './role-home';
import { clearSession, primaryRole, saveSession, useSession, type Session } from './session';

/** Only same-site paths are followed after sign-in (no open redirect). */
const safeNext = (next: string | null): string | null => (next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : null);

/** `/login`: accessible sign-in form; on success each role lands on its own home page (or `?next=`). */
export default function LoginPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const next = safeNext(params.get('next'));

  if (session && !busy) return <Navigate to={next ?? session.home ?? homePathFor(session.user.roles) ?? paths.home()} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    try {
      clearSession();
      await client.clearStore();
      const { data } = await client.mutate({ mutation: LOGIN_MUTATION, variables: { email: email.trim(), password } });
      if (!data) throw new Error('Sign-in failed');
      const s: Session = { accessToken: data.login.accessToken, user: data.login.user };
      saveSession(s);
      let home = homePathFor(s.user.roles);
      if (primaryRole(s.user.roles) === 'MANAGER') {
        const teams = await client.query({ query: MY_TEAMS_QUERY, fetchPolicy: 'network-only' });
        const first = teams.data?.teams[0];
        if (first) {
          home = paths.team(first.id);
          saveSession({ ...s, home });
        }
      }
      navigate(next ?? home ?? paths.home(), { replace: true });
    } catch (err) {
      clearSession();
      setError(describeError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="shell">
      <main id="main" className="main" style={{ maxWidth: '28rem', margin: '4rem auto' }}>
        <title>Sign in · SkillProof</title>
        <div className="card">
          <h1 className="page-header__title">
            <span className="brand__mark" aria-hidden="true">
              ✓
            </span>{' '}
            Sign in to SkillProof
          </h1>
          <p className="muted">Demo accounts are listed in the README (“Demo users”).</p>
          <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={error ? errorId : undefined}>
            <div className="field">
              <label htmlFor="login-email">Email</label>
              <input id="login-email" name="email" type="email" autoComplete="username" required value={email}
                onChange={(e) => setEmail(e.target.value)} aria-invalid={error ? true : undefined} />
            </div>
            <div className="field">
              <label htmlFor="login-password">Password</label>
              <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password}
                onChange={(e) => setPassword(e.target.value)} aria-invalid={error ? true : undefined} />
            </div>
            {error ? (
              <p id={errorId} role="alert" className="state state--error">
                {error}
              </p>
            ) : null}
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}
