// lib/data modules import "server-only", which throws outside a React Server environment. The
// benchmark calls lib/data from a plain Node script, so it maps that import to an empty module
// (the same trick vitest.config.ts plays). Call before importing anything from lib/data.
import { register } from "node:module";

const hook = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;

export function allowServerOnly(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  registered = true;
}
