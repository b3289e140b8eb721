export * from "./loginThrottle";
export * from "./password";
export * from "./policy";
export * from "./accountScope";
export * from "./roles";
