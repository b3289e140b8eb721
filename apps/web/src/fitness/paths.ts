/** Paths of the fitness pages (spread into the app's `paths`, so the router and the menu share them). */
export const fitnessPaths = {
  fitnessFigures: "/fitness",
  fitnessResults: "/fitness/results",
  fitnessStandard: "/fitness/standard",
  fitnessImport: "/fitness/import",
} as const;
