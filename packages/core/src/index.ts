export * as admissions from "./admissions/index";
export * as auth from "./auth/index";
export * as balance from "./balance/index";
export * as calendar from "./calendar/index";
export * as exams from "./exams/index";
export * as ledger from "./ledger/index";
export * as registry from "./registry/index";
