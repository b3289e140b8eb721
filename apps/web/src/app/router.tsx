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
const SchoolDetailPage = lazy(() => import("../registry/schools/SchoolDetailPage"));
const StudentDetailPage = lazy(() => import("../registry/students/StudentDetailPage"));
const StaffPage = lazy(() => import("../registry/staff/StaffPage"));
const ClassesPage = lazy(() => import("../registry/classes/ClassesPage"));
const ClassSizesPage = lazy(() => import("../registry/classes/ClassSizesPage"));
const TransfersPage = lazy(() => import("../registry/transfers/TransfersPage"));
const PromotionPage = lazy(() => import("../registry/transfers/PromotionPage"));
const ImportPage = lazy(() => import("../registry/excel/ImportPage"));
const UsersPage = lazy(() => import("../users/UsersPage"));
const BalancePage = lazy(() => import("../balance/BalancePage"));
const SchoolBalancePage = lazy(() => import("../balance/SchoolBalancePage"));
const WhatIfPage = lazy(() => import("../balance/WhatIfPage"));
const BalanceSettingsPage = lazy(() => import("../balance/SettingsPage"));
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
                  { path: `${paths.schools}/:id`, element: <SchoolDetailPage /> },
                  { path: paths.students, element: <StudentsPage /> },
                  { path: `${paths.students}/:id`, element: <StudentDetailPage /> },
                  { path: paths.staff, element: <StaffPage /> },
                  { path: paths.classes, element: <ClassesPage /> },
                  { path: paths.classSizes, element: <ClassSizesPage /> },
                  { path: paths.transfers, element: <TransfersPage /> },
                ],
              },
              {
                element: <RequireAbility kind="write" capability="registry" />,
                children: [
                  { path: paths.promotion, element: <PromotionPage /> },
                  { path: paths.import, element: <ImportPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="balance" />,
                children: [
                  { path: paths.balance, element: <BalancePage /> },
                  { path: `${paths.balance}/schools/:id`, element: <SchoolBalancePage /> },
                  { path: paths.balanceWhatIf, element: <WhatIfPage /> },
                  { path: paths.balanceSettings, element: <BalanceSettingsPage /> },
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
