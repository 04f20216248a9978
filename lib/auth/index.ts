import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "@/lib/auth/auth.config";
import { TooManyAttemptsError } from "@/lib/data/errors";
import { MfaCodeError, MfaRequiredError } from "@/lib/data/sessions/mfa-sign-in";
import { revokeSession, signInWithPassword } from "@/lib/data/sessions/sessions";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountLocked extends CredentialsSignin {
  code = "locked";
}
/** The password was right and MFA is on: /login asks for the "Authentication code". */
export class MfaRequired extends CredentialsSignin {
  code = "mfa_required";
}
/** The password was right, the code was not (counted towards the lockout). */
export class InvalidMfaCode extends CredentialsSignin {
  code = "mfa_invalid";
}

const credentials = z.object({
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  /** A TOTP code or a recovery code, sent after the password was found right. */
  code: z.string().max(64).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    // Auth.js's own POST /api/auth/signout only clears the cookie: end the session row too, so
    // a copied cookie is worthless at once, whichever way the user signed out.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, code: { label: "Authentication code" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        try {
          const { email, password, code } = parsed.data;
          const signedIn = await signInWithPassword(email, password, crypto.randomUUID(), code);
          if (!signedIn) throw new InvalidCredentials();
          return { id: signedIn.userId, sessionId: signedIn.sessionId };
        } catch (error) {
          if (error instanceof TooManyAttemptsError) throw new AccountLocked();
          if (error instanceof MfaRequiredError) throw new MfaRequired();
          if (error instanceof MfaCodeError) throw new InvalidMfaCode();
          throw error;
        }
      },
    }),
  ],
});
