import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { assertInPractice } from "@/lib/data/access/references";
import { partnerIds, withPartners } from "@/lib/data/clients/couples";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { coupleDto, dayToDate, type CoupleDto } from "@/lib/data/serialize";
import { coupleCreate, coupleUpdate } from "@/lib/validation/couple-write";

/**
 * Creates a couple from two existing clients of the practice, two new people, or one of each
 * (intake only). The same two people as an existing couple answer 409.
 */
export async function createCouple(actor: Actor, raw: unknown): Promise<CoupleDto> {
  const rule = { permission: "client:create", action: "couple.create", entityType: "Couple" } as const;
  return accessWith(actor, rule, coupleCreate, raw, async ({ tx, disclose, record, subject }, input) => {
    const { practiceId } = actor;
    const partners = input.partners ?? input.partnerIds!.map((clientId) => ({ clientId }));
    const existingIds = partners.flatMap((p) => ("clientId" in p ? [p.clientId] : []));
    if (existingIds.length === 2 && existingIds[0] === existingIds[1]) {
      throw new InvalidError("The two partners must be different people.", [{ path: ["partners", 1], message: "Same client as partner 1." }]);
    }
    const found = new Set((await tx.client.findMany({ where: { practiceId, id: { in: existingIds } }, select: { id: true } })).map((c) => c.id));
    const issues = partners.flatMap((p, i) => ("clientId" in p && !found.has(p.clientId) ? [{ path: ["partners", i, "clientId"], message: "No such client in this practice." }] : []));
    if (issues.length) throw new InvalidError("Some partners do not exist.", issues);
    await assertInPractice(tx, practiceId, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
    const status = input.status ?? "INQUIRY";
    const assignedClinicianId = input.assignedClinicianId ?? null;
    const locationId = input.locationId ?? null;
    const ids: string[] = [];
    for (const p of partners) {
      if ("clientId" in p) {
        ids.push(p.clientId);
        continue;
      }
      const row = await tx.client.create({
        data: {
          practiceId, firstName: p.firstName, lastName: p.lastName, dateOfBirth: dayToDate(p.dateOfBirth),
          email: p.email, phone: p.phone, pronouns: p.pronouns, status, assignedClinicianId, locationId,
        },
      });
      record({ action: "client.create", entityType: "Client", entityId: row.id, clientIds: [row.id] });
      ids.push(row.id);
    }
    const [a, b] = ids as [string, string];
    const same = await tx.couple.findFirst({ where: { practiceId, OR: [{ partnerAId: a, partnerBId: b }, { partnerAId: b, partnerBId: a }] }, select: { id: true } });
    if (same) throw new ConflictError("These two people are already a couple.", { coupleId: same.id });
    const row = await tx.couple.create({
      data: {
        practiceId, partnerAId: a, partnerBId: b, relationshipStatus: input.relationshipStatus ?? "", status,
        secretsPolicy: input.secretsPolicy ?? "NO_SECRETS", assignedClinicianId, locationId,
      },
      include: withPartners,
    });
    subject(row.id);
    disclose({ ids: [row.id], clientIds: partnerIds(row) });
    return coupleDto(row);
  });
}

/** Updates a couple: intake any, a therapist their own caseload's (without reassigning it). */
export async function updateCouple(actor: Actor, id: string, raw: unknown): Promise<CoupleDto> {
  // 403 for a role that may never change couples (OWNER reads all, so hiding would tell nothing).
  const rule = { permission: "client:update", action: "couple.update", entityType: "Couple", id } as const;
  return accessWith(actor, rule, coupleUpdate, raw, async ({ tx, scope, disclose }, input) => {
    const existing = await tx.couple.findFirst({ where: { AND: [scope.couple, { id }] } });
    if (!existing) throw new NotFoundError("Couple");
    if (scope.reach.grant === "own" && input.assignedClinicianId !== undefined && input.assignedClinicianId !== existing.assignedClinicianId) {
      throw new ForbiddenError("Only intake may reassign a couple to another clinician.");
    }
    await assertInPractice(tx, actor.practiceId, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
    const row = await tx.couple.update({
      where: { id: existing.id },
      data: {
        ...(input.relationshipStatus !== undefined ? { relationshipStatus: input.relationshipStatus } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.secretsPolicy !== undefined ? { secretsPolicy: input.secretsPolicy } : {}),
        ...(input.assignedClinicianId !== undefined ? { assignedClinicianId: input.assignedClinicianId } : {}),
        ...(input.locationId !== undefined ? { locationId: input.locationId } : {}),
      },
      include: withPartners,
    });
    disclose({ clientIds: partnerIds(row) });
    return coupleDto(row);
  });
}
