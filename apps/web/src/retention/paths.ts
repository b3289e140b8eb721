/** Paths of the retention pages (spread into the app's `paths`, so the router and the menu share them). */
export const retentionPaths = {
  retention: "/retention",
  retentionChildren: "/retention/children",
  retentionSuspects: "/retention/suspects",
  retentionCases: "/retention/cases",
  retentionReports: "/retention/reports",
  retentionRates: "/retention/rates",
  retentionPoverty: "/retention/poverty",
  retentionSettings: "/retention/settings",
} as const;
