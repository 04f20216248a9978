import "server-only";
import type { Tx } from "@/lib/data/access/tenant";

/**
 * Active cases per clinician: each ACTIVE couple counts once, and each ACTIVE individual client
 * who is not a partner in one of that clinician's ACTIVE couples counts once. This is the
 * number capacity (maxCaseload) is measured against. Assignment recounts inside its
 * transaction, under a lock on the clinician row.
 */
export async function activeCaseloads(client: Tx, practiceId: string, clinicianIds: string[]): Promise<Map<string, number>> {
  if (clinicianIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ clinicianId: string; cases: bigint }[]>`
    SELECT c."assignedClinicianId" AS "clinicianId", COUNT(*) AS cases FROM (
      SELECT "assignedClinicianId" FROM "Couple"
       WHERE "practiceId" = ${practiceId} AND status = 'ACTIVE' AND "assignedClinicianId" = ANY(${clinicianIds})
      UNION ALL
      SELECT cl."assignedClinicianId" FROM "Client" cl
       WHERE cl."practiceId" = ${practiceId} AND cl.status = 'ACTIVE' AND cl."assignedClinicianId" = ANY(${clinicianIds})
         AND NOT EXISTS (
           SELECT 1 FROM "Couple" co
            WHERE co.status = 'ACTIVE' AND co."assignedClinicianId" = cl."assignedClinicianId"
              AND (co."partnerAId" = cl.id OR co."partnerBId" = cl.id))
    ) c GROUP BY c."assignedClinicianId"`;
  return new Map(rows.map((r) => [r.clinicianId, Number(r.cases)]));
}
