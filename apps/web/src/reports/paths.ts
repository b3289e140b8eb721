/** Paths of the reports' pages (spread into the app's `paths`, so the router and the menu share them). */
export const reportsPaths = {
  reportsCockpit: "/reports/cockpit",
  reportsFigure: "/reports/figures",
  reportsWorkReport: "/reports/work-report",
  reportsCatalogue: "/reports/catalogue",
  reportsChecks: "/reports/checks",
  reportsDataImport: "/reports/data-import",
} as const;
