export * as balance from "./balance/index";
export * as auth from "./auth/index";
export * as registry from "./registry/index";
export * as ledger from "./ledger/index";
export * as admissions from "./admissions/index";
export * as exams from "./exams/index";
