"use server";

import { signOut } from "@/lib/auth";
import { currentActor } from "@/lib/auth/session";
import { revokeSession } from "@/lib/data/sessions/sessions";

/** Ends the session on the server at once (the cookie alone would stay valid until it expires). */
export async function signOutAction() {
  const actor = await currentActor();
  if (actor) await revokeSession(actor.sessionId);
  await signOut({ redirectTo: "/login" });
}
