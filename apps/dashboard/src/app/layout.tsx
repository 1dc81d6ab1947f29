import { LoadingState } from '@skillproof/dashboard-ui';
import { Suspense, useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { navSectionsFor } from '../features/auth/role-home';
import { useSession } from '../features/auth/session';
import { UserMenu } from '../features/auth/user-menu';
import { navSectionOf, paths } from './paths';

const NAV = [
  { section: 'teams', label: 'Teams', to: paths.teams() },
  { section: 'jobs', label: 'Jobs', to: paths.jobs() },
  { section: 'organization', label: 'Organisation', to: paths.organization() },
  { section: 'learning', label: 'Learning', to: paths.learning() },
  { section: 'import', label: 'Import', to: paths.importPage() },
  { section: 'admin', label: 'Issuers', to: paths.adminIssuers() },
] as const;

export function Layout() {
  const { pathname, search } = useLocation();
  const session = useSession();
  const current = navSectionOf(pathname);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // Move focus to the main region after client-side navigation so keyboard and screen-reader users
  // start at the new page (not on the first render).
  useEffect(() => {
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      mainRef.current?.focus();
    }
  }, [pathname]);

  // Signed out (or the token expired): sign in, then come back here.
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(pathname + search)}`} replace />;
  const sections: readonly string[] = navSectionsFor(session.user.roles);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to={paths.home()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              ✓
            </span>
            SkillProof
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.filter((item) => sections.includes(item.section)).map((item) => (
                <li key={item.section}>
                  <Link
                    to={item.to}
                    className={`nav__link${current === item.section ? ' nav__link--active' : ''}`}
                    aria-current={current === item.section ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu session={session} />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <Suspense fallback={<LoadingState label="page" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>SkillProof · only verified credentials count · calendar dates (issued, valid until, due) in UTC · times in your time zone</p>
      </footer>
    </div>
  );
}
