import { ZodError } from "zod";
import { ConflictError, DataError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";

/** What a form action answers when it did not succeed: one message and errors per field path. */
export interface FormResult {
  message?: string;
  fieldErrors?: Record<string, string>;
}

function byPath(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    out[key] ??= issue.message;
  }
  return out;
}

/** Turns what lib/data or a schema threw into words for the form; anything else is rethrown. */
export function toFormResult(error: unknown): FormResult {
  if (error instanceof ZodError) return { message: "Some fields need your attention.", fieldErrors: byPath(error.issues) };
  if (error instanceof InvalidError) return { message: error.message, fieldErrors: byPath(error.issues) };
  if (error instanceof ConflictError || error instanceof ForbiddenError) return { message: error.message };
  if (error instanceof NotFoundError) return { message: "This record no longer exists, or you do not have access to it." };
  if (error instanceof DataError) return { message: error.message };
  throw error;
}
