import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Pages are split into their own chunks (Recharts only loads with the team page).
const TeamListPage = lazy(() => import('../features/teams/team-list-page'));
const TeamPage = lazy(() => import('../features/teams/team-page'));
const JobListPage = lazy(() => import('../features/jobs/job-list-page'));
const JobPage = lazy(() => import('../features/jobs/job-page'));
const JobEditorPage = lazy(() => import('../features/jobs/job-editor-page'));
const PipelinePage = lazy(() => import('../features/jobs/pipeline-page'));
const CandidateImportPage = lazy(() => import('../features/jobs/candidate-import-page'));
const PersonPage = lazy(() => import('../features/people/person-page'));
const OrganizationPage = lazy(() => import('../features/teams/organization-page'));
const NotFoundPage = lazy(() => import('../features/not-found/not-found-page'));
const LearningPage = lazy(() => import('../features/learning/learning-page'));
const LoginPage = lazy(() => import('../features/auth/login-page'));
const RoleHomePage = lazy(() => import('../features/auth/role-home-page'));
const ImportPage = lazy(() => import('../features/imports/import-page'));
const IssuerTrustPage = lazy(() => import('../features/admin/issuer-trust-page'));

export const router = createBrowserRouter([
  // Sign-in (issue 5): outside the layout, which sends signed-out visitors here.
  { path: '/login', element: <Suspense fallback={null}><LoginPage /></Suspense>, errorElement: <RouteError /> },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RoleHomePage fallback={<TeamListPage />} /> },
      { path: 'teams', element: <TeamListPage /> },
      { path: 'teams/:id', element: <TeamPage /> },
      { path: 'jobs', element: <JobListPage /> },
      { path: 'jobs/:id', element: <JobPage /> },
      { path: 'jobs/new', element: <JobEditorPage /> },
      { path: 'jobs/:id/edit', element: <JobEditorPage /> },
      { path: 'jobs/:id/pipeline', element: <PipelinePage /> },
      { path: 'jobs/import-candidates', element: <CandidateImportPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'organization', element: <OrganizationPage /> },
      { path: 'learning', element: <LearningPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'admin/issuers', element: <IssuerTrustPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
