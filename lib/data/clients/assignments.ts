import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, type Access, type Tx } from "@/lib/data/access";
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

/** The history rows of one case, newest first, with the names of everyone in them. */
export async function historyOf(tx: Tx, practiceId: string, ref: { clientId: string } | { coupleId: string }): Promise<AssignmentEntry[]> {
  const rows = await tx.caseAssignment.findMany({
    where: { practiceId, ...ref },
    orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
    take: LIMIT,
  });
  const clinicianIds = [...new Set(rows.flatMap((r) => (r.previousClinicianId ? [r.clinicianId, r.previousClinicianId] : [r.clinicianId])))];
  const profiles = await tx.clinicianProfile.findMany({ where: { practiceId, id: { in: clinicianIds } }, select: { id: true, user: { select: { name: true } } } });
  const users = await tx.user.findMany({ where: { practiceId, id: { in: [...new Set(rows.map((r) => r.assignedById))] } }, select: { id: true, name: true } });
  const clinicianName = new Map(profiles.map((p) => [p.id, p.user.name]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    clinicianId: r.clinicianId,
    previousClinicianId: r.previousClinicianId,
    assignedById: r.assignedById,
    assignedAt: r.assignedAt.toISOString(),
    reason: r.reason,
    source: r.source,
    clinicianName: clinicianName.get(r.clinicianId) ?? null,
    previousClinicianName: r.previousClinicianId ? (clinicianName.get(r.previousClinicianId) ?? null) : null,
    assignedByName: userName.get(r.assignedById) ?? null,
  }));
}

/** The client ids a visible case discloses, or null when the actor may not see it. */
export async function visibleCase({ tx, scope }: Pick<Access, "tx" | "scope">, ref: { clientId: string } | { coupleId: string }): Promise<string[] | null> {
  if ("clientId" in ref) {
    const row = await tx.client.findFirst({ where: { AND: [scope.client, { id: ref.clientId }] }, select: { id: true } });
    return row ? [row.id] : null;
  }
  const row = await tx.couple.findFirst({ where: { AND: [scope.couple, { id: ref.coupleId }] }, select: { partnerAId: true, partnerBId: true } });
  return row ? partnerIds(row) : null;
}

/**
 * Who treated a client or couple, newest first: each assignment (MATCH from intake, REASSIGN by
 * a PATCH) with the clinician before it, who assigned and why. Visible as the case is (owner and
 * intake: all; therapist: their caseload now, so a former clinician gets 404).
 */
export async function listAssignments(actor: Actor, ref: { clientId: string } | { coupleId: string }): Promise<{ data: AssignmentEntry[] }> {
  const [entityType, id] = "clientId" in ref ? (["Client", ref.clientId] as const) : (["Couple", ref.coupleId] as const);
  const action = entityType === "Client" ? "client.assignments" : "couple.assignments";
  return access(actor, { permission: "client:read", action, entityType, id }, async (ctx) => {
    const clientIds = await visibleCase(ctx, ref);
    if (!clientIds) throw new NotFoundError(entityType);
    const data = await historyOf(ctx.tx, actor.practiceId, ref);
    ctx.disclose({ ids: [id], clientIds });
    return { data };
  });
}
