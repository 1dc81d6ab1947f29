import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Pages are split into their own chunks (Recharts only loads with the team page).
const TeamListPage = lazy(() => import('../features/teams/team-list-page'));
const TeamPage = lazy(() => import('../features/teams/team-page'));
const JobListPage = lazy(() => import('../features/jobs/job-list-page'));
const JobPage = lazy(() => import('../features/jobs/job-page'));
const PersonPage = lazy(() => import('../features/people/person-page'));
const NotFoundPage = lazy(() => import('../features/not-found/not-found-page'));

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <TeamListPage /> },
      { path: 'teams/:id', element: <TeamPage /> },
      { path: 'jobs', element: <JobListPage /> },
      { path: 'jobs/:id', element: <JobPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
