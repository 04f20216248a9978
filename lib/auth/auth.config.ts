import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_MS } from "@/lib/auth/limits";

/**
 * The part of the Auth.js config the proxy can load (no database, no argon2). The proxy only
 * redirects signed-out page visits to /login, for convenience: it authorises nothing. Every
 * page, action and API route checks the session row again through requireUser().
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_MS / 1000 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (pathname === "/login" || pathname.startsWith("/api/") || pathname.startsWith("/set-password/")) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      // The token carries only the session row's id; roles and practice are read from the
      // database on every request so that changes and revocations apply at once.
      if (user && "sessionId" in user) token.sid = user.sessionId as string;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
