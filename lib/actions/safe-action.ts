import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { DataError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { id } from "@/lib/validation/common";

// Server actions answer bad input with words, never a 500 (DESIGN.md "Errors", issue 9): a
// thrown ZodError or lib/data refusal becomes `{ ok: false, error, fieldErrors }` for the form
// to show. Next's own signals (redirect(), notFound()) pass through untouched, and anything
// else is a bug: it is rethrown, so Next logs it and the caller sees only the generic error page.

export interface ActionFailure {
  ok: false;
  /** One sentence for the top of the form. */
  error: string;
  /** Messages by field path ("clients.0.dateOfBirth"), the first one per field. */
  fieldErrors: Record<string, string>;
}

/** The words for a record that does not exist or is not visible: the same, on purpose. */
export const NOT_FOUND_MESSAGE = "This record no longer exists, or you do not have access to it.";
export const FIELDS_MESSAGE = "Some fields need your attention.";

function byPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (key) out[key] ??= issue.message;
  }
  return out;
}

const failure = (error: string, fieldErrors: Record<string, string> = {}): ActionFailure => ({ ok: false, error, fieldErrors });

/** What a server action answers for `error`; rethrows Next's signals and anything unexpected. */
export function actionFailure(error: unknown): ActionFailure {
  unstable_rethrow(error);
  if (error instanceof ZodError) {
    const fieldErrors = byPath(error.issues);
    // An issue of the whole input ("Send at least one field to change.") is the message itself.
    const whole = error.issues.find((i) => i.path.length === 0);
    return failure(whole?.message ?? FIELDS_MESSAGE, fieldErrors);
  }
  if (error instanceof NotFoundError) return failure(NOT_FOUND_MESSAGE);
  if (error instanceof InvalidError) return failure(error.message, byPath(error.issues));
  if (error instanceof DataError) return failure(error.message);
  throw error;
}

/**
 * Wraps a server action so that bad input and lib/data refusals come back as an ActionFailure
 * instead of a throw (which Next answers with HTTP 500). Use in a "use server" file:
 * `export const saveAction = safeAction(async (prev: State, form: FormData) => { ... })`.
 */
export function safeAction<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result | ActionFailure> {
  return async (...args: Args) => {
    try {
      return await action(...args);
    } catch (error) {
      return actionFailure(error);
    }
  };
}

/** True for the failure a safeAction returned (narrowing for the form). */
export function isActionFailure(value: unknown): value is ActionFailure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { error?: unknown }).error === "string";
}

/**
 * A record id from a form or a bound argument. A malformed id names no record, so it is the
 * same NotFoundError as an id of a record that is gone: never a ZodError without a field.
 */
export function actionId(value: unknown, what = "Record"): string {
  const parsed = id.safeParse(value);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}
