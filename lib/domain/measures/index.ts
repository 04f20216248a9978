export * from "./instruments";
export * from "./scoring";
export * from "./dates";
