import "server-only";
import type { Tx } from "@/lib/data/access/tenant";
import { InvalidError } from "@/lib/data/errors";

/**
 * Ids the caller sends (a clinician, a location) must belong to the caller's practice; an id
 * from another practice is answered exactly like an id that does not exist: 400, field named.
 * (Row-level security hides other practices' rows anyway: they count as missing.)
 */
export async function assertInPractice(
  tx: Tx,
  practiceId: string,
  refs: { clinicianId?: string | null; locationId?: string | null; locationIds?: string[] },
): Promise<void> {
  const issues: { path: string[]; message: string }[] = [];
  if (refs.clinicianId) {
    const found = await tx.clinicianProfile.count({ where: { id: refs.clinicianId, practiceId } });
    if (!found) issues.push({ path: ["assignedClinicianId"], message: "No such clinician in this practice." });
  }
  const locationIds = [...(refs.locationId ? [refs.locationId] : []), ...(refs.locationIds ?? [])];
  if (locationIds.length) {
    const found = await tx.location.count({ where: { id: { in: locationIds }, practiceId } });
    if (found !== new Set(locationIds).size) {
      issues.push({ path: [refs.locationId ? "locationId" : "locationIds"], message: "No such location in this practice." });
    }
  }
  if (issues.length) throw new InvalidError("Some referenced records do not exist.", issues);
}
