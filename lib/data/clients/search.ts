import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClientStatus } from "@/lib/generated/prisma/enums";

export interface SearchScope {
  practiceId: string;
  /** Only this clinician's clients (an "own" grant); null for the whole practice. */
  assignedClinicianId: string | null;
  status: ClientStatus | null;
  locationId: string | null;
}

/** `q` as a LIKE pattern matching it anywhere, its wildcards taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of ids of clients whose first or last name contains `q` (3+ characters), in name
 * order. The matches are collected first (MATERIALIZED), through the trigram indexes, and only
 * then sorted: left to itself the planner walks the name-ordered index and filters, which reads
 * most of a large practice when the names that match sort late ("Smith" of 50,000 clients).
 */
export async function searchClientIds(scope: SearchScope, q: string, cursor: string | null, take: number): Promise<string[]> {
  const pattern = containsPattern(q);
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH m AS MATERIALIZED (
      SELECT id, "lastName", "firstName" FROM "Client"
       WHERE "practiceId" = ${scope.practiceId}
         AND ("firstName" ILIKE ${pattern} OR "lastName" ILIKE ${pattern})
         ${scope.assignedClinicianId === null ? Prisma.empty : Prisma.sql`AND "assignedClinicianId" = ${scope.assignedClinicianId}`}
         ${scope.status === null ? Prisma.empty : Prisma.sql`AND status = ${scope.status}::"ClientStatus"`}
         ${scope.locationId === null ? Prisma.empty : Prisma.sql`AND "locationId" = ${scope.locationId}`}
    )
    SELECT id FROM m
     ${cursor === null ? Prisma.empty : Prisma.sql`WHERE ("lastName", "firstName", id) > (
        SELECT "lastName", "firstName", id FROM "Client" WHERE id = ${cursor} AND "practiceId" = ${scope.practiceId})`}
     ORDER BY "lastName", "firstName", id
     LIMIT ${take}`;
  return rows.map((r) => r.id);
}
