import "server-only";
import type { Tx } from "@/lib/data/access/tenant";
import type { ClientStatus } from "@/lib/generated/prisma/enums";

export interface SearchFilters {
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
 * One page of ids of the practice's clients whose first, last or full name, in either order
 * ("Sofia Hill", "Hill Sofia"), contains `q` (3+ characters), in name order. Through SECURITY DEFINER app_client_search, which
 * confines itself to the transaction's practice as the row-level policy does: under RLS itself
 * ILIKE (not LEAKPROOF) could not use the trigram indexes and would read the whole practice.
 */
export async function searchClientIds(tx: Tx, filters: SearchFilters, q: string, cursor: string | null, take: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM app_client_search(${containsPattern(q)}, ${filters.assignedClinicianId}, ${filters.status}, ${filters.locationId}, ${cursor}, ${take}::int)`;
  return rows.map((r) => r.id);
}
