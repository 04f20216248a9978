"use server";

import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { setPasswordWithToken } from "@/lib/data/sessions/password-link";
import { passwordToken, setPassword } from "@/lib/validation/admin";

export interface SetPasswordState {
  message?: string;
  fieldErrors?: Record<string, string>;
}

/**
 * Sets the password of a one-time link's account. No session: the link itself is the proof,
 * and it works once (lib/data/sessions/password-link.ts marks it used in the same transaction).
 */
export async function setPasswordAction(token: string, _: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  let input: { password: string };
  try {
    passwordToken.parse(token);
    input = setPassword.parse({ password: form.get("password"), confirm: form.get("confirm") });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.join(".") || "token"] ??= issue.message;
    return { message: fieldErrors.token ?? "Please check the fields below.", fieldErrors };
  }
  const done = await setPasswordWithToken(token, input.password);
  if (!done) return { message: "This link has expired or was already used. Ask your practice owner for a new one." };
  redirect("/set-password/done");
}
