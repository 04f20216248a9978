import { toFormResult, type FormResult } from "@/components/intake/form-errors";

/** What an admin form action answers: words for the user, errors per field, and (once) a link. */
export interface AdminResult extends FormResult {
  ok?: boolean;
  /** A set-password link's path, shown to the owner once and never stored. */
  linkPath?: string;
  linkFor?: string;
  expiresAt?: string;
}

/** Errors of lib/data and zod in words; anything unexpected is rethrown (to the error page). */
export function adminError(error: unknown): AdminResult {
  return { ok: false, ...toFormResult(error) };
}

/** A form's text field, trimmed; missing means undefined so that zod names it. */
export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}
