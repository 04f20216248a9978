import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { clinicianDto, type ClinicianDto } from "@/lib/data/clinicians/clinicians";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { authorize } from "@/lib/data/access/guard";
import { assertInPractice } from "@/lib/data/access/references";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClinicianUpdate } from "@/lib/validation/clinician";

/** Fields only a grant of "any" (the owner) may change: capacity is a practice decision. */
const OWNER_ONLY = ["maxCaseload"] as const;

/**
 * Edits a clinician profile. The owner edits anyone's (including maxCaseload); a therapist edits
 * their own (another's answers 404, maxCaseload 403); intake specialists only read (403).
 */
export async function updateClinician(actor: Actor, id: string, input: ClinicianUpdate): Promise<ClinicianDto> {
  const grant = await authorize(actor, "clinician:update", "ClinicianProfile", id);
  const existing = await db().clinicianProfile.findFirst({
    where: { id, practiceId: actor.practiceId, ...(grant === "own" ? { userId: actor.id } : {}) },
    select: { id: true },
  });
  if (!existing) {
    await audit(db(), actor, { action: "clinician.update", entityType: "ClinicianProfile", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Clinician");
  }
  if (grant === "own" && OWNER_ONLY.some((key) => input[key] !== undefined)) {
    await audit(db(), actor, { action: "clinician.capacity", entityType: "ClinicianProfile", entityId: id, outcome: "DENIED" });
    throw new ForbiddenError("Only the practice owner can change a clinician's maximum caseload.");
  }
  if (input.locationIds) await assertInPractice(actor, { locationIds: input.locationIds });
  const data: Prisma.ClinicianProfileUpdateInput = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (data as Record<string, unknown>)[key] = value;
  }
  return db().$transaction(async (tx) => {
    const row = await tx.clinicianProfile.update({ where: { id }, data, include: { user: { select: { name: true, email: true } } } });
    await audit(tx, actor, { action: "clinician.update", entityType: "ClinicianProfile", entityId: id });
    const counts = await activeCaseloads(actor.practiceId, [id], tx);
    return clinicianDto(row, counts.get(id) ?? 0);
  });
}
