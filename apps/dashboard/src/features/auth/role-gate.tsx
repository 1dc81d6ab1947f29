import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, PageHeader } from '@skillproof/dashboard-ui';
import { homePathFor, navSectionsFor, type NavSection } from './role-home';
import { primaryRole, ROLE_LABEL, useSession } from './session';

const SECTION_LABEL: Record<NavSection, string> = {
  teams: 'Teams', jobs: 'Jobs', organization: 'Organisation', learning: 'Learning', import: 'Import', admin: 'Administration',
};

/**
 * Renders `children` only for a signed-in user whose roles include `section` in their navigation
 * (`navSectionsFor`: the same rule that builds the menu, mirroring the API's access policy); anyone else
 * reached the URL directly and gets a plain explanation with a link to their own home page instead of
 * the API's FORBIDDEN errors. Signed-out visitors are handled by the layout (sent to /login).
 */
export function RoleGate({ section, children }: { section: NavSection; children: ReactNode }) {
  const session = useSession();
  if (!session || navSectionsFor(session.user.roles).includes(section)) return <>{children}</>;
  const role = ROLE_LABEL[primaryRole(session.user.roles)];
  return (
    <>
      <title>Not available · SkillProof</title>
      <PageHeader title="Not available for your role" />
      <EmptyState title={`The ${SECTION_LABEL[section]} pages are not part of the ${role} workspace.`}>
        <p>
          <Link to={homePathFor(session.user.roles) ?? '/'}>Go to your home page</Link>
        </p>
      </EmptyState>
    </>
  );
}
