export * from "@/lib/domain/measures/instruments";
export * from "@/lib/domain/measures/scoring";
export * from "@/lib/domain/measures/dates";
