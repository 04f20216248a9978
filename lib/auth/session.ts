import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import type { Actor } from "@/lib/data/actor";
import { isRequestId } from "@/lib/data/access/audit";
import { resolveSession } from "@/lib/data/sessions/sessions";

/** The signed-in actor for this request, or null. Verified against the session row each time. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  if (!sid) return null;
  // A proxy's request id correlates our rows with its logs; a malformed one is the client's.
  const header = (await headers()).get("x-request-id");
  const requestId = header && isRequestId(header) ? header : crypto.randomUUID();
  return resolveSession(sid, requestId);
});

/** Where someone whose role requires MFA, and who has none yet, is sent before anything else. */
export const MFA_ENROL_PATH = "/account/security";

/**
 * For pages and server actions: the actor, or a redirect to /login; someone who must still enrol
 * in MFA (a role of theirs requires it) is sent to MFA_ENROL_PATH instead.
 */
export async function requireUser(): Promise<Actor> {
  const actor = await requireUserWhileEnrolling();
  if (actor.mfaDue) redirect(MFA_ENROL_PATH);
  return actor;
}

/** requireUser for the enrolment page, its actions and the layout around it only. */
export async function requireUserWhileEnrolling(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** Where each role lands after signing in. */
export function homeFor(actor: Pick<Actor, "roles">): string {
  if (actor.roles.includes("OWNER")) return "/dashboard";
  if (actor.roles.includes("THERAPIST")) return "/caseload";
  return "/intake";
}
