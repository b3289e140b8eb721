export * from "./classSize";
export * from "./nameInitials";
export * from "./residentId";
export * from "./studentNumber";
export * from "./vocabulary";
export * from "./retirement";
export * from "./promotion";
export * from "./transfer";
