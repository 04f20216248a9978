import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";

/**
 * What the intake and clinician-profile forms offer: the practice's active locations and its
 * safety protocol (shown when a risk screen is positive). Practice settings every role may read;
 * no client data is disclosed.
 */
export async function getPracticeChoices(actor: Actor): Promise<{ locations: { id: string; name: string }[]; safetyProtocol: string }> {
  const rule = { permission: "location:read", action: "location.list", entityType: "Location" } as const;
  return access(actor, rule, async ({ tx, scope, disclose }) => {
    const practice = await tx.practice.findFirstOrThrow({ where: { id: scope.practice.practiceId }, select: { safetyProtocol: true } });
    const locations = await tx.location.findMany({ where: { ...scope.practice, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    disclose({ ids: locations.map((l) => l.id) });
    return { locations, safetyProtocol: practice.safetyProtocol };
  });
}
