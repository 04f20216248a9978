import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "@/lib/auth/auth.config";
import { TooManyAttemptsError } from "@/lib/data/errors";
import { revokeSession, signInWithPassword } from "@/lib/data/sessions/sessions";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountLocked extends CredentialsSignin {
  code = "locked";
}

const credentials = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

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
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        try {
          const signedIn = await signInWithPassword(parsed.data.email, parsed.data.password, crypto.randomUUID());
          if (!signedIn) throw new InvalidCredentials();
          return { id: signedIn.userId, sessionId: signedIn.sessionId };
        } catch (error) {
          if (error instanceof TooManyAttemptsError) throw new AccountLocked();
          throw error;
        }
      },
    }),
  ],
});
