export * from "./config";
export * from "./evaluate";
export * from "./inputs";
export * from "./plan";
export * from "./vocabulary";
export * from "./whatIf";
