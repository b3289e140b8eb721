export * as auth from "./auth/index";
export * as registry from "./registry/index";
