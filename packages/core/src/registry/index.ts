export * from "./classSize";
export * from "./nameInitials";
export * from "./residentId";
export * from "./studentNumber";
export * from "./vocabulary";
