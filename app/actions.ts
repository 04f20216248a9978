"use server";

import { signOut } from "@/lib/auth";
import { currentActor } from "@/lib/auth/session";
import { revokeSession } from "@/lib/data/sessions/sessions";

/**
 * Ends the session on the server at once (the cookie alone would stay valid until it expires)
 * and clears the cookie. The Sign out button calls it after clearing the browser's storage and
 * then loads /login itself (a full load, so no page stays in the client router's memory); a
 * browser without JavaScript posts the form and is sent to /login here.
 */
export async function signOutAction(form?: FormData): Promise<void> {
  const actor = await currentActor();
  if (actor) await revokeSession(actor.sessionId);
  await signOut(form instanceof FormData ? { redirectTo: "/login" } : { redirect: false });
}
