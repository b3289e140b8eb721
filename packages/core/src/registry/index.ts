/** The county's date of an instant: moved to `calendar`; kept here until the last callers of `registry.beijingDate` move. */
export { beijingDate } from "../calendar/beijingDate";
export * from "./classSize";
export * from "./conditionRow";
export * from "./nameInitials";
export * from "./promotion";
export * from "./promotionSchedule";
export * from "./residentId";
export * from "./retirement";
export * from "./schoolRow";
export * from "./staffRow";
export * from "./studentNumber";
export * from "./studentRow";
export * from "./transfer";
export * from "./vocabulary";
