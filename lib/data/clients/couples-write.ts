import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { assertInPractice } from "@/lib/data/access/references";
import { partnerIds, withPartners } from "@/lib/data/clients/couples";
import { actionOf, MoveRefused, permissionOf, planLifecycle, recordAssignment } from "@/lib/data/clients/lifecycle";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
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

/**
 * Updates a couple: its details need "client:update" (intake any, a therapist their own caseload's);
 * status moves, discharge and reassignment "case:manage" (lifecycle.ts). A stale `version` is 409
 * with the current couple; the update is conditional on the version read.
 */
export async function updateCouple(actor: Actor, id: string, raw: unknown): Promise<CoupleDto> {
  // 403 for a role that may never change couples (OWNER reads all, so hiding would tell nothing).
  const rule = { permission: permissionOf(raw), action: actionOf("Couple", raw), entityType: "Couple", id } as const;
  return accessWith(actor, rule, coupleUpdate, raw, async (ctx, input) => {
    const { tx, scope, disclose } = ctx;
    const existing = await tx.couple.findFirst({ where: { AND: [scope.couple, { id }] }, include: withPartners });
    if (!existing) throw new NotFoundError("Couple");
    const stale = (message: string, row = existing) => new ConflictError(message, { current: coupleDto(row) }, { ids: [row.id], clientIds: partnerIds(row) });
    if (input.version !== undefined && input.version !== existing.version) throw stale("This couple was changed elsewhere since you opened it. Compare both versions and choose.");
    let plan;
    try {
      plan = await planLifecycle(ctx, "Couple", existing, input);
    } catch (error) {
      if (error instanceof MoveRefused) throw stale(error.message);
      throw error;
    }
    await assertInPractice(tx, actor.practiceId, { locationId: input.locationId });
    const { count } = await tx.couple.updateMany({
      where: { id: existing.id, practiceId: actor.practiceId, version: existing.version },
      data: {
        ...(input.relationshipStatus !== undefined ? { relationshipStatus: input.relationshipStatus } : {}),
        ...(input.secretsPolicy !== undefined ? { secretsPolicy: input.secretsPolicy } : {}),
        ...(input.locationId !== undefined ? { locationId: input.locationId } : {}),
        ...plan.columns,
        version: { increment: 1 },
      },
    });
    const row = await tx.couple.findFirstOrThrow({ where: { id: existing.id, practiceId: actor.practiceId }, include: withPartners });
    if (count !== 1) throw stale("This couple was changed elsewhere a moment ago. Compare both versions and choose.", row);
    await recordAssignment(ctx, { coupleId: row.id }, plan);
    disclose({ clientIds: partnerIds(row) });
    return coupleDto(row);
  });
}
