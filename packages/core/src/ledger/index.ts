export * from "./checklist";
export * from "./deadline";
export * from "./evidence";
export * from "./permissions";
export * from "./rectification";
export * from "./statistics";
export * from "./vocabulary";
