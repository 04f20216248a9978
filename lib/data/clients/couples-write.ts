import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { authorize, caseloadFilter } from "@/lib/data/access/guard";
import { assertInPractice } from "@/lib/data/access/references";
import { coupleDto, dayToDate, type CoupleDto } from "@/lib/data/serialize";
import { db } from "@/lib/db";
import type { CoupleCreate, CoupleUpdate } from "@/lib/validation/couple-write";

const withPartners = { partnerA: true, partnerB: true } as const;

/**
 * Creates a couple from two existing clients of the practice, two new people, or one of each
 * (intake only). The same two people as an existing couple answer 409.
 */
export async function createCouple(actor: Actor, input: CoupleCreate): Promise<CoupleDto> {
  await authorize(actor, "client:create", "Couple");
  const partners = input.partners ?? input.partnerIds!.map((clientId) => ({ clientId }));
  const existingIds = partners.flatMap((p) => ("clientId" in p ? [p.clientId] : []));
  if (existingIds.length === 2 && existingIds[0] === existingIds[1]) {
    throw new InvalidError("The two partners must be different people.", [{ path: ["partners", 1], message: "Same client as partner 1." }]);
  }
  const found = new Set((await db().client.findMany({ where: { practiceId: actor.practiceId, id: { in: existingIds } }, select: { id: true } })).map((c) => c.id));
  const issues = partners.flatMap((p, i) => ("clientId" in p && !found.has(p.clientId) ? [{ path: ["partners", i, "clientId"], message: "No such client in this practice." }] : []));
  if (issues.length) throw new InvalidError("Some partners do not exist.", issues);
  await assertInPractice(actor, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
  const status = input.status ?? "INQUIRY";
  const assignedClinicianId = input.assignedClinicianId ?? null;
  const locationId = input.locationId ?? null;
  return db().$transaction(async (tx) => {
    const ids: string[] = [];
    for (const p of partners) {
      if ("clientId" in p) {
        ids.push(p.clientId);
        continue;
      }
      const row = await tx.client.create({
        data: {
          practiceId: actor.practiceId, firstName: p.firstName, lastName: p.lastName, dateOfBirth: dayToDate(p.dateOfBirth),
          email: p.email, phone: p.phone, pronouns: p.pronouns, status, assignedClinicianId, locationId,
        },
      });
      await audit(tx, actor, { action: "client.create", entityType: "Client", entityId: row.id });
      ids.push(row.id);
    }
    const [a, b] = ids as [string, string];
    const same = await tx.couple.findFirst({ where: { practiceId: actor.practiceId, OR: [{ partnerAId: a, partnerBId: b }, { partnerAId: b, partnerBId: a }] }, select: { id: true } });
    if (same) throw new ConflictError("These two people are already a couple.", { coupleId: same.id });
    const row = await tx.couple.create({
      data: {
        practiceId: actor.practiceId, partnerAId: a, partnerBId: b, relationshipStatus: input.relationshipStatus ?? "", status,
        secretsPolicy: input.secretsPolicy ?? "NO_SECRETS", assignedClinicianId, locationId,
      },
      include: withPartners,
    });
    await audit(tx, actor, { action: "couple.create", entityType: "Couple", entityId: row.id });
    return coupleDto(row);
  });
}

/** Updates a couple: intake any, a therapist their own caseload's (without reassigning it). */
export async function updateCouple(actor: Actor, id: string, input: CoupleUpdate): Promise<CoupleDto> {
  // 403 for a role that may never change couples (OWNER reads all, so hiding would tell nothing).
  const grant = await authorize(actor, "client:update", "Couple", id);
  const existing = await db().couple.findFirst({ where: { id, practiceId: actor.practiceId, ...caseloadFilter(actor, grant) } });
  if (!existing) {
    await audit(db(), actor, { action: "couple.update", entityType: "Couple", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Couple");
  }
  if (grant === "own" && input.assignedClinicianId !== undefined && input.assignedClinicianId !== existing.assignedClinicianId) {
    await audit(db(), actor, { action: "couple.reassign", entityType: "Couple", entityId: id, outcome: "DENIED" });
    throw new ForbiddenError("Only intake may reassign a couple to another clinician.");
  }
  await assertInPractice(actor, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
  return db().$transaction(async (tx) => {
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
    await audit(tx, actor, { action: "couple.update", entityType: "Couple", entityId: id });
    return coupleDto(row);
  });
}
