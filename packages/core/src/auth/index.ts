export * from "./accountScope";
export * from "./capabilityOwners";
export * from "./loginThrottle";
export * from "./password";
export * from "./policy";
export * from "./refusals";
export * from "./roles";
