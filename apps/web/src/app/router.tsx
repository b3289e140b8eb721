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
const BalanceSnapshotPage = lazy(() => import("../balance/SnapshotPage"));
const AuditPage = lazy(() => import("../audit/AuditPage"));
const CapabilityOwnersPage = lazy(() => import("../settings/CapabilityOwnersPage"));
const BackupPage = lazy(() => import("../backup/BackupPage"));
const LedgerTasksPage = lazy(() => import("../ledger/TasksPage"));
const LedgerBoardPage = lazy(() => import("../ledger/BoardPage"));
const LedgerInspectionsPage = lazy(() => import("../ledger/InspectionsPage"));
const LedgerInspectionPage = lazy(() => import("../ledger/InspectionPage"));
const LedgerFindingPage = lazy(() => import("../ledger/FindingPage"));
const LedgerStatisticsPage = lazy(() => import("../ledger/StatisticsPage"));
const LedgerInstitutionsPage = lazy(() => import("../ledger/InstitutionsPage"));
const LedgerTypesPage = lazy(() => import("../ledger/TypesPage"));
const AdmissionsEventsPage = lazy(() => import("../admissions/EventsPage"));
const AdmissionsEventPage = lazy(() => import("../admissions/EventPage"));
const NewAllocationPage = lazy(() => import("../admissions/NewAllocationPage"));
const NewLotteryPage = lazy(() => import("../admissions/NewLotteryPage"));
const NewQuotaPage = lazy(() => import("../admissions/NewQuotaPage"));
const ZonesPage = lazy(() => import("../admissions/ZonesPage"));
const VerifyPage = lazy(() => import("../public/VerifyPage"));
const ExamsPage = lazy(() => import("../exams/ExamsPage"));
const ExamPage = lazy(() => import("../exams/ExamPage"));
const PreschoolPage = lazy(() => import("../preschool/PreschoolPage"));
const FitnessFiguresPage = lazy(() => import("../fitness/FiguresPage"));
const FitnessResultsPage = lazy(() => import("../fitness/ResultsPage"));
const FitnessResultPage = lazy(() => import("../fitness/ResultPage"));
const FitnessStandardPage = lazy(() => import("../fitness/StandardPage"));
const FitnessImportPage = lazy(() => import("../fitness/ImportPage"));
const PreschoolKindergartenPage = lazy(() => import("../preschool/KindergartenPage"));
const PreschoolPlanPage = lazy(() => import("../preschool/PlanPage"));
const PreschoolWhatIfPage = lazy(() => import("../preschool/WhatIfPage"));
const PreschoolInputsPage = lazy(() => import("../preschool/InputsPage"));
const ReportsCockpitPage = lazy(() => import("../reports/CockpitPage"));
const ReportsFigurePage = lazy(() => import("../reports/FigurePage"));
const ReportsWorkReportPage = lazy(() => import("../reports/WorkReportPage"));
const ReportsCataloguePage = lazy(() => import("../reports/CataloguePage"));
const ReportsChecksPage = lazy(() => import("../reports/ChecksPage"));
const ReportsDataImportPage = lazy(() => import("../reports/DataImportPage"));
const RetentionPage = lazy(() => import("../retention/RetentionPage"));
const RetentionChildrenPage = lazy(() => import("../retention/ChildrenPage"));
const RetentionSuspectsPage = lazy(() => import("../retention/SuspectsPage"));
const RetentionCasesPage = lazy(() => import("../retention/CasesPage"));
const RetentionCasePage = lazy(() => import("../retention/CasePage"));
const RetentionReportsPage = lazy(() => import("../retention/ReportsPage"));
const RetentionRatesPage = lazy(() => import("../retention/RatesPage"));
const RetentionPovertyPage = lazy(() => import("../retention/PovertyPage"));
const RetentionSettingsPage = lazy(() => import("../retention/SettingsPage"));
const StaffingOverviewPage = lazy(() => import("../staffing/OverviewPage"));
const StaffingEstablishmentPage = lazy(() => import("../staffing/EstablishmentPage"));
const StaffingDemandPage = lazy(() => import("../staffing/DemandPage"));
const StaffingStructurePage = lazy(() => import("../staffing/StructurePage"));
const StaffingRecruitmentPage = lazy(() => import("../staffing/RecruitmentPage"));
const StaffingTrainingPage = lazy(() => import("../staffing/TrainingPage"));
const StaffingRotationPage = lazy(() => import("../staffing/RotationPage"));
const StaffingPoolsPage = lazy(() => import("../staffing/PoolsPage"));
const StaffingMyRecordPage = lazy(() => import("../staffing/MyRecordPage"));

export const router = createBrowserRouter([
  {
    errorElement: <ErrorPage />,
    children: [
      { path: "/login", element: <LoginPage /> },
      { path: paths.verify, element: <VerifyPage /> },
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
                  { path: `${paths.balance}/snapshots/:id`, element: <BalanceSnapshotPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="admissions" />,
                children: [
                  { path: paths.admissions, element: <AdmissionsEventsPage /> },
                  { path: `${paths.admissions}/events/:id`, element: <AdmissionsEventPage /> },
                  { path: paths.admissionsZones, element: <ZonesPage /> },
                ],
              },
              {
                element: <RequireAbility kind="write" capability="admissions" />,
                children: [
                  { path: paths.admissionsNewAllocation, element: <NewAllocationPage /> },
                  { path: paths.admissionsNewLottery, element: <NewLotteryPage /> },
                  { path: paths.admissionsNewQuota, element: <NewQuotaPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="exams" />,
                children: [
                  { path: paths.exams, element: <ExamsPage /> },
                  { path: `${paths.exams}/:id`, element: <ExamPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="fitness" />,
                children: [
                  { path: paths.fitnessFigures, element: <FitnessFiguresPage /> },
                  { path: paths.fitnessResults, element: <FitnessResultsPage /> },
                  { path: `${paths.fitnessResults}/:id`, element: <FitnessResultPage /> },
                  { path: paths.fitnessStandard, element: <FitnessStandardPage /> },
                  { path: paths.fitnessImport, element: <FitnessImportPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="preschool" />,
                children: [
                  { path: paths.preschool, element: <PreschoolPage /> },
                  { path: `${paths.preschoolKindergartens}/:id`, element: <PreschoolKindergartenPage /> },
                  { path: paths.preschoolPlan, element: <PreschoolPlanPage /> },
                  { path: paths.preschoolWhatIf, element: <PreschoolWhatIfPage /> },
                  { path: paths.preschoolInputs, element: <PreschoolInputsPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="retention" />,
                children: [
                  { path: paths.reportsCockpit, element: <ReportsCockpitPage /> },
                  { path: `${paths.reportsFigure}/:key`, element: <ReportsFigurePage /> },
                  { path: paths.reportsWorkReport, element: <ReportsWorkReportPage /> },
                  { path: paths.reportsCatalogue, element: <ReportsCataloguePage /> },
                  { path: paths.reportsChecks, element: <ReportsChecksPage /> },
                  { path: paths.reportsDataImport, element: <ReportsDataImportPage /> },
                  { path: paths.retention, element: <RetentionPage /> },
                  { path: paths.retentionChildren, element: <RetentionChildrenPage /> },
                  { path: paths.retentionSuspects, element: <RetentionSuspectsPage /> },
                  { path: paths.retentionCases, element: <RetentionCasesPage /> },
                  { path: `${paths.retentionCases}/:id`, element: <RetentionCasePage /> },
                  { path: paths.retentionReports, element: <RetentionReportsPage /> },
                  { path: paths.retentionRates, element: <RetentionRatesPage /> },
                  { path: paths.retentionPoverty, element: <RetentionPovertyPage /> },
                  { path: paths.retentionSettings, element: <RetentionSettingsPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="ledger" />,
                children: [
                  { path: paths.ledgerTasks, element: <LedgerTasksPage /> },
                  { path: paths.ledgerBoard, element: <LedgerBoardPage /> },
                  { path: paths.ledgerInspections, element: <LedgerInspectionsPage /> },
                  { path: `${paths.ledgerInspections}/:id`, element: <LedgerInspectionPage /> },
                  { path: `${paths.ledgerFindings}/:id`, element: <LedgerFindingPage /> },
                  { path: paths.ledgerStatistics, element: <LedgerStatisticsPage /> },
                  { path: paths.ledgerInstitutions, element: <LedgerInstitutionsPage /> },
                  { path: paths.ledgerTypes, element: <LedgerTypesPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="staffing" />,
                children: [
                  { path: paths.staffingOverview, element: <StaffingOverviewPage /> },
                  { path: paths.staffingEstablishment, element: <StaffingEstablishmentPage /> },
                  { path: paths.staffingDemand, element: <StaffingDemandPage /> },
                  { path: paths.staffingStructure, element: <StaffingStructurePage /> },
                  { path: paths.staffingRecruitment, element: <StaffingRecruitmentPage /> },
                  { path: paths.staffingTraining, element: <StaffingTrainingPage /> },
                  { path: paths.staffingRotation, element: <StaffingRotationPage /> },
                  { path: paths.staffingPools, element: <StaffingPoolsPage /> },
                  { path: paths.staffingMe, element: <StaffingMyRecordPage /> },
                ],
              },
              {
                element: <RequireAbility kind="write" capability="users" />,
                children: [
                  { path: paths.users, element: <UsersPage /> },
                  // backup and restore are the system administrator's: the one role that manages accounts
                  { path: paths.backup, element: <BackupPage /> },
                ],
              },
              {
                element: <RequireAbility kind="read" capability="audit" />,
                children: [{ path: paths.audit, element: <AuditPage /> }],
              },
              // the bureau's accounts read it; the page shows 403 to others (the server refuses them)
              { path: paths.capabilityOwners, element: <CapabilityOwnersPage /> },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
