import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { AppLayout } from "./AppLayout";
import { RequireAbility, RequireAuth } from "./guards";
import { paths } from "./menu";
import { ErrorPage, NotFoundPage } from "./StatusPages";

// Pages load on demand: the login page does not download the charts or the admin tables.
const LoginPage = lazy(() => import("../auth/LoginPage"));
const ChangePasswordPage = lazy(() => import("../auth/ChangePasswordPage"));
const HomePage = lazy(() => import("../home/HomePage"));
const SchoolsPage = lazy(() => import("../registry/SchoolsPage"));
const StudentsPage = lazy(() => import("../registry/StudentsPage"));
const UsersPage = lazy(() => import("../users/UsersPage"));
const AuditPage = lazy(() => import("../audit/AuditPage"));

export const router = createBrowserRouter([
  {
    errorElement: <ErrorPage />,
    children: [
      { path: "/login", element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <HomePage /> },
              { path: paths.changePassword, element: <ChangePasswordPage /> },
              {
                element: <RequireAbility kind="read" capability="registry" />,
                children: [
                  { path: paths.schools, element: <SchoolsPage /> },
                  { path: paths.students, element: <StudentsPage /> },
                ],
              },
              {
                element: <RequireAbility kind="write" capability="users" />,
                children: [{ path: paths.users, element: <UsersPage /> }],
              },
              {
                element: <RequireAbility kind="read" capability="audit" />,
                children: [{ path: paths.audit, element: <AuditPage /> }],
              },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
