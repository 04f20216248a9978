import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

// Convenience only: sends signed-out page visits to /login. Authorisation happens in lib/data.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
