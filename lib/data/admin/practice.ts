import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";

/** The actor's practice: its name, for page headers. Every role may read practice settings. */
export async function getPractice(actor: Actor): Promise<{ id: string; name: string }> {
  return access(actor, { permission: "location:read", action: "practice.read", entityType: "Practice" }, async ({ tx, disclose }) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { id: true, name: true } });
    disclose({ ids: [practice.id] });
    return practice;
  });
}
