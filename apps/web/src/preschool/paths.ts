/** Paths of the preschool pages (spread into the app's `paths`, so the router and the menu share them). */
export const preschoolPaths = {
  preschool: "/preschool",
  preschoolKindergartens: "/preschool/kindergartens",
  preschoolPlan: "/preschool/plan",
  preschoolWhatIf: "/preschool/what-if",
  preschoolInputs: "/preschool/inputs",
} as const;
