export * from "./addDays";
export * from "./beijingDate";
export * from "./beijingInstant";
export * from "./beijingIso";
export * from "./chineseDate";
export * from "./daysBetween";
export * from "./isIsoDate";
