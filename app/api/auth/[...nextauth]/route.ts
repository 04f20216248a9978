import type { NextRequest } from "next/server";
import { lockedAsJson } from "@/lib/api/auth-callback";
import { handlers } from "@/lib/auth";

export const { GET } = handlers;

/** Auth.js as is, except that a JSON client signing in to a locked account gets 429 (DESIGN.md). */
export async function POST(request: NextRequest): Promise<Response> {
  return lockedAsJson(request, await handlers.POST(request));
}
