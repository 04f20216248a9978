"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-to";

export interface LoginState {
  error?: string;
  email?: string;
}

/** Signs in through Auth.js; on failure returns a plain-words message and keeps the email typed. */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  if (!email.trim() || !password) return { email, error: "Enter your email and password." };
  try {
    // Back to the page that sent the visitor here ("/" picks the role's home otherwise).
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(form.get("returnTo")) ?? "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const locked = (error as AuthError & { code?: string }).code === "locked";
      return {
        email,
        error: locked
          ? "Too many failed attempts. This account is locked for 15 minutes."
          : "That email and password do not match an active account.",
      };
    }
    throw error; // includes Next's redirect on success
  }
}
