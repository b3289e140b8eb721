/** Paths of the workforce's pages (spread into the app's `paths`, so the router and the menu share them). */
export const staffingPaths = {
  staffingOverview: "/staffing",
  staffingEstablishment: "/staffing/establishment",
  staffingDemand: "/staffing/demand",
  staffingStructure: "/staffing/structure",
  staffingRecruitment: "/staffing/recruitment",
  staffingTraining: "/staffing/training",
  staffingRotation: "/staffing/rotation",
  staffingPools: "/staffing/pools",
  staffingMe: "/staffing/me",
} as const;
