import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { partnerIds } from "@/lib/data/clients/couples";
import { NotFoundError } from "@/lib/data/errors";

export interface AssignmentEntry {
  clinicianId: string;
  previousClinicianId: string | null;
  /** User id of whoever assigned. */
  assignedById: string;
  assignedAt: string;
  reason: string | null;
  source: "MATCH" | "REASSIGN";
  clinicianName: string | null;
  previousClinicianName: string | null;
  assignedByName: string | null;
}

/** At most this many entries: a case reassigned more often than this is not a real case. */
const LIMIT = 200;

/**
 * Who treated a client or couple, newest first: each assignment (MATCH from intake, REASSIGN by
 * a PATCH) with the clinician before it, who assigned and why. Visible as the case is (owner and
 * intake: all; therapist: their caseload now, so a former clinician gets 404).
 */
export async function listAssignments(actor: Actor, ref: { clientId: string } | { coupleId: string }): Promise<{ data: AssignmentEntry[] }> {
  const [entityType, id] = "clientId" in ref ? (["Client", ref.clientId] as const) : (["Couple", ref.coupleId] as const);
  const action = entityType === "Client" ? "client.assignments" : "couple.assignments";
  return access(actor, { permission: "client:read", action, entityType, id }, async ({ tx, scope, disclose }) => {
    const clientIds = entityType === "Client"
      ? (await tx.client.findFirst({ where: { AND: [scope.client, { id }] }, select: { id: true } }))?.id
      : await tx.couple.findFirst({ where: { AND: [scope.couple, { id }] }, select: { partnerAId: true, partnerBId: true } }).then((c) => (c ? partnerIds(c) : undefined));
    if (!clientIds) throw new NotFoundError(entityType);
    const rows = await tx.caseAssignment.findMany({
      where: { practiceId: actor.practiceId, ...(entityType === "Client" ? { clientId: id } : { coupleId: id }) },
      orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
      take: LIMIT,
    });
    const clinicianIds = [...new Set(rows.flatMap((r) => [r.clinicianId, r.previousClinicianId ?? []].flat()))];
    const profiles = await tx.clinicianProfile.findMany({ where: { practiceId: actor.practiceId, id: { in: clinicianIds } }, select: { id: true, user: { select: { name: true } } } });
    const users = await tx.user.findMany({ where: { practiceId: actor.practiceId, id: { in: [...new Set(rows.map((r) => r.assignedById))] } }, select: { id: true, name: true } });
    const clinicianName = new Map(profiles.map((p) => [p.id, p.user.name]));
    const userName = new Map(users.map((u) => [u.id, u.name]));
    disclose({ ids: [id], clientIds: [clientIds].flat() });
    return {
      data: rows.map((r) => ({
        clinicianId: r.clinicianId,
        previousClinicianId: r.previousClinicianId,
        assignedById: r.assignedById,
        assignedAt: r.assignedAt.toISOString(),
        reason: r.reason,
        source: r.source,
        clinicianName: clinicianName.get(r.clinicianId) ?? null,
        previousClinicianName: r.previousClinicianId ? (clinicianName.get(r.previousClinicianId) ?? null) : null,
        assignedByName: userName.get(r.assignedById) ?? null,
      })),
    };
  });
}
