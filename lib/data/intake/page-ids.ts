import "server-only";
import type { Scopes, Tx } from "@/lib/data/access";
import { containsPattern } from "@/lib/data/clients/search";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IntakeStatus } from "@/lib/generated/prisma/enums";

/**
 * "queue": waiting requests with any risk flag first, then URGENT, SOON and ROUTINE ones, each
 * band oldest first; MATCHED ones after them, the most recently matched first.
 * "newest": newest filed first (the API's list).
 */
export type IntakeOrder = "queue" | "newest";

export interface IntakePageRequest {
  statuses: readonly IntakeStatus[];
  /** Searches people's full names and emails (case-insensitive, wildcards literal). */
  q: string | null;
  /** The id of the last row of the previous page (already checked to be in the caller's scope). */
  cursor: string | null;
  take: number;
  order: IntakeOrder;
}

const BAND = {
  queue: Prisma.sql`CASE WHEN r.status = 'MATCHED' THEN 4
    WHEN r."riskSelfHarm" OR r."riskViolence" OR r."riskSubstance" THEN 0
    WHEN r.urgency = 'URGENT' THEN 1 WHEN r.urgency = 'SOON' THEN 2 ELSE 3 END`,
  newest: Prisma.sql`0`,
};

// extract(epoch …) is numeric on PostgreSQL 14+: exact to the microsecond, so keyset paging is exact.
const KEY = {
  queue: Prisma.sql`CASE WHEN r.status = 'MATCHED' THEN -extract(epoch FROM coalesce(r."matchedAt", r."createdAt"))
    ELSE extract(epoch FROM r."createdAt") END`,
  newest: Prisma.sql`-extract(epoch FROM r."createdAt")`,
};

/**
 * One page of request ids, sorted, cut after the cursor and limited in SQL (never the whole
 * list loaded and sorted in JavaScript). The "own" scope is repeated here only so that pages come
 * out full and in order: callers read the rows themselves through `scope.intake`, the filter that
 * decides what the actor sees.
 */
export async function intakePageIds(tx: Tx, scope: Scopes, page: IntakePageRequest): Promise<string[]> {
  const { practiceId } = scope.practice;
  const own = scope.reach.grant === "own" ? (scope.reach.clinicianId ?? "__none__") : null;
  const pattern = page.q ? containsPattern(page.q) : null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH listed AS (
      SELECT r.id, ${BAND[page.order]} AS band, ${KEY[page.order]} AS key
        FROM "IntakeRequest" r
       WHERE r."practiceId" = ${practiceId}
         AND r.status::text = ANY(${[...page.statuses]}::text[])
         AND (${own}::text IS NULL
           OR r."coupleId" IN (SELECT co.id FROM "Couple" co WHERE co."practiceId" = ${practiceId} AND co."assignedClinicianId" = ${own}::text)
           OR (r."coupleId" IS NULL AND r."clientIds" && ARRAY(
                SELECT cl.id FROM "Client" cl WHERE cl."practiceId" = ${practiceId} AND cl."assignedClinicianId" = ${own}::text)))
         AND (${pattern}::text IS NULL OR EXISTS (
           SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.people) = 'array' THEN r.people ELSE '[]'::jsonb END) p
            WHERE (coalesce(p->>'firstName', '') || ' ' || coalesce(p->>'lastName', '')) ILIKE ${pattern}::text
               OR coalesce(p->>'email', '') ILIKE ${pattern}::text))
    )
    SELECT id FROM listed
     WHERE ${page.cursor}::text IS NULL OR (band, key, id) > (SELECT band, key, id FROM listed WHERE id = ${page.cursor}::text)
     ORDER BY band, key, id
     LIMIT ${page.take}::int`;
  return rows.map((r) => r.id);
}
