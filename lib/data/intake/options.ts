import "server-only";
import type { Actor } from "@/lib/data/actor";
import { authorize } from "@/lib/data/access/guard";
import { db } from "@/lib/db";

/**
 * What the intake and clinician-profile forms offer: the practice's active locations and its
 * safety protocol (shown when a risk screen is positive). Practice settings every role may read;
 * no client data, so no audit row.
 */
export async function getPracticeChoices(actor: Actor): Promise<{ locations: { id: string; name: string }[]; safetyProtocol: string }> {
  await authorize(actor, "location:read", "Location");
  const [practice, locations] = await Promise.all([
    db().practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { safetyProtocol: true } }),
    db().location.findMany({ where: { practiceId: actor.practiceId, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { locations, safetyProtocol: practice.safetyProtocol };
}
