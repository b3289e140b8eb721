export * from "./canonical";
export * from "./classAllocation";
export * from "./draw";
export * from "./generator";
export * from "./labels";
export * from "./lottery";
export * from "./quota";
export * from "./seed";
