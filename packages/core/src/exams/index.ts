export * from "./analyzeExam";
export * from "./borderline";
export * from "./config";
export * from "./itemAnalysis";
export * from "./narrative";
export * from "./quantile";
export * from "./standardScores";
export * from "./valueAdded";
