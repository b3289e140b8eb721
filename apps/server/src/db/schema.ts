/** Every table of the platform, for drizzle-kit and the typed query builder. */
export * from "../admissions/tables";
export * from "../audit/tables";
export * from "../auth/tables";
export * from "../balance/tables";
export * from "../exams/tables";
export * from "../excel/tables";
export * from "../fitness/tables";
export * from "../ledger/tables";
export * from "../ops/tables";
export * from "../preschool/tables";
export * from "../registry/tables";
export * from "../reports/tables";
export * from "../retention/tables";
export * from "../settings/tables";
export * from "../staffing/tables";
export * from "./metaTable";
