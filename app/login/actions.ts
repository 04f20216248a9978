"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-to";

export interface LoginState {
  error?: string;
  email?: string;
  /** The password was right and MFA is on: the form shows the "Authentication code" field. */
  needsCode?: boolean;
  /** What to do next, in words (announced like an error, but not one). */
  notice?: string;
}

const ASK_CODE = "Your password is right. Now enter the 6-digit code from your authenticator app, or one of your recovery codes.";

/**
 * Signs in through Auth.js; on failure returns a plain-words message and keeps the email typed.
 * With MFA on, a right password is answered with `needsCode`, and the form sends the password
 * again with the "Authentication code".
 */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  const askedForCode = form.has("code");
  const code = String(form.get("code") ?? "").trim();
  if (!email.trim() || !password) return { email, needsCode: askedForCode, error: "Enter your email and password." };
  // An empty code field is a slip, not an attempt: it is not sent (it would count towards the lockout).
  if (askedForCode && !code) return { email, needsCode: true, error: "Enter the authentication code from your app, or one of your recovery codes." };
  try {
    // Back to the page that sent the visitor here ("/" picks the role's home otherwise).
    await signIn("credentials", { email, password, ...(code ? { code } : {}), redirectTo: safeReturnPath(form.get("returnTo")) ?? "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") return refused((error as AuthError & { code?: string }).code, email, askedForCode);
    throw error; // includes Next's redirect on success
  }
}

function refused(code: string | undefined, email: string, askedForCode: boolean): LoginState {
  switch (code) {
    case "locked":
      return { email, needsCode: askedForCode, error: "Too many failed attempts. This account is locked for 15 minutes." };
    case "mfa_required":
      return { email, needsCode: true, notice: ASK_CODE };
    case "mfa_invalid":
      return {
        email, needsCode: true,
        error: "That authentication code is not right, or was used already. Enter the code your app shows now, or an unused recovery code.",
      };
    default:
      return { email, error: "That email and password do not match an active account." };
  }
}
