import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { assertInPractice } from "@/lib/data/access/references";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { clinicianDto, include, type ClinicianDto } from "@/lib/data/clinicians/clinicians";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clinicianUpdate } from "@/lib/validation/clinician";

/** Fields only a grant of "any" (the owner) may change: capacity is a practice decision. */
const OWNER_ONLY = ["maxCaseload"] as const;

/** A therapist's attempt at their capacity is audited under its own name, as it always was. */
function actionOf(actor: Actor, raw: unknown): string {
  const fields = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const capacity = OWNER_ONLY.some((key) => fields[key] !== undefined);
  return capacity && can(actor, "clinician:update") === "own" ? "clinician.capacity" : "clinician.update";
}

/**
 * Edits a clinician profile. The owner edits anyone's (including maxCaseload); a therapist edits
 * their own (another's answers 404, maxCaseload 403); intake specialists only read (403).
 */
export async function updateClinician(actor: Actor, id: string, raw: unknown): Promise<ClinicianDto> {
  const rule = { permission: "clinician:update", action: actionOf(actor, raw), entityType: "ClinicianProfile", id } as const;
  return accessWith(actor, rule, clinicianUpdate, raw, async ({ tx, scope }, input) => {
    const existing = await tx.clinicianProfile.findFirst({ where: { AND: [scope.clinician, { id }] }, include });
    if (!existing) throw new NotFoundError("Clinician");
    const stale = async (message: string) => {
      const current = await tx.clinicianProfile.findFirstOrThrow({ where: { id, practiceId: actor.practiceId }, include });
      const counts = await activeCaseloads(tx, actor.practiceId, [id]);
      return new ConflictError(message, { current: clinicianDto(current, counts.get(id) ?? 0) }, { ids: [id] });
    };
    if (input.version !== undefined && input.version !== existing.version) throw await stale("This profile was changed elsewhere since you opened it. Compare both versions and choose.");
    if (scope.reach.grant === "own" && OWNER_ONLY.some((key) => input[key] !== undefined)) {
      throw new ForbiddenError("Only the practice owner can change a clinician's maximum caseload.");
    }
    if (input.locationIds) await assertInPractice(tx, actor.practiceId, { locationIds: input.locationIds });
    const data: Prisma.ClinicianProfileUpdateManyMutationInput = {};
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined && key !== "version") (data as Record<string, unknown>)[key] = value;
    }
    // Conditional on the version read: of two concurrent saves exactly one wins.
    const { count } = await tx.clinicianProfile.updateMany({ where: { id: existing.id, practiceId: actor.practiceId, version: existing.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw await stale("This profile was changed elsewhere a moment ago. Compare both versions and choose.");
    const row = await tx.clinicianProfile.findFirstOrThrow({ where: { id: existing.id, practiceId: actor.practiceId }, include });
    const counts = await activeCaseloads(tx, actor.practiceId, [id]);
    return clinicianDto(row, counts.get(id) ?? 0);
  });
}
