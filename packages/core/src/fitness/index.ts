export * from "./corrections";
export * from "./figures";
export * from "./measurement";
export * from "./permissions";
export * from "./scoreStudent";
export * from "./standard";
