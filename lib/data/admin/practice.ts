import "server-only";
import type { Actor } from "@/lib/data/actor";
import { authorize } from "@/lib/data/access/guard";
import { db } from "@/lib/db";

/** The actor's practice: its name, for page headers. Every role may read practice settings. */
export async function getPractice(actor: Actor): Promise<{ id: string; name: string }> {
  await authorize(actor, "location:read", "Practice");
  return db().practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { id: true, name: true } });
}
