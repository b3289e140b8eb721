export * from "./classSize";
export * from "./residentId";
export * from "./studentNumber";
export * from "./vocabulary";
