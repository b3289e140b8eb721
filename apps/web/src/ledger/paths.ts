/** Paths of the ledger's pages (spread into the app's `paths`, so the router and the menu share them). */
export const ledgerPaths = {
  ledgerTasks: "/ledger/tasks",
  ledgerBoard: "/ledger/board",
  ledgerInspections: "/ledger/inspections",
  ledgerFindings: "/ledger/findings",
  ledgerStatistics: "/ledger/statistics",
  ledgerInstitutions: "/ledger/institutions",
  ledgerTypes: "/ledger/types",
} as const;
