import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { RoleGate } from '../features/auth/role-gate';

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
      { path: 'teams', element: <RoleGate section="teams"><TeamListPage /></RoleGate> },
      { path: 'teams/:id', element: <RoleGate section="teams"><TeamPage /></RoleGate> },
      { path: 'jobs', element: <RoleGate section="jobs"><JobListPage /></RoleGate> },
      { path: 'jobs/:id', element: <RoleGate section="jobs"><JobPage /></RoleGate> },
      { path: 'jobs/new', element: <RoleGate section="jobs"><JobEditorPage /></RoleGate> },
      { path: 'jobs/:id/edit', element: <RoleGate section="jobs"><JobEditorPage /></RoleGate> },
      { path: 'jobs/:id/pipeline', element: <RoleGate section="jobs"><PipelinePage /></RoleGate> },
      { path: 'jobs/import-candidates', element: <RoleGate section="jobs"><CandidateImportPage /></RoleGate> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'organization', element: <RoleGate section="organization"><OrganizationPage /></RoleGate> },
      { path: 'learning', element: <RoleGate section="learning"><LearningPage /></RoleGate> },
      { path: 'import', element: <RoleGate section="import"><ImportPage /></RoleGate> },
      { path: 'admin/issuers', element: <RoleGate section="admin"><IssuerTrustPage /></RoleGate> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
