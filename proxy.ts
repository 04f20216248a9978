import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { refuseOversizedAction } from "@/lib/actions/body-limit";
import { authConfig } from "@/lib/auth/auth.config";
import { withPagePolicy } from "@/lib/security/page-response";

// Convenience only: sends signed-out page visits to /login, and refuses a server-action body over
// 1 MB with 413 before Next reads it (Next itself answers 500). Authorisation happens in lib/data.
// Every page answer gets a strict CSP with a fresh nonce (lib/security, decision 0032); API
// answers get theirs from next.config.js.
const { auth } = NextAuth(authConfig);
const signedIn = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  return refuseOversizedAction(request) ?? withPagePolicy(request, await signedIn(request, event));
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
