import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { audit, auditMany } from "@/lib/data/access/audit";
import { NotFoundError } from "@/lib/data/errors";
import { authorizeOrHide, caseloadFilter } from "@/lib/data/access/guard";
import type { CaseRef } from "@/lib/data/notes/notes";
import { clientDto, coupleDto, isoDay, type ClientDto, type CoupleDto } from "@/lib/data/serialize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface IntakeSummary {
  id: string;
  kind: "INDIVIDUAL" | "COUPLE";
  receivedOn: string;
  concerns: string[];
  serviceType: string;
  urgency: "ROUTINE" | "SOON" | "URGENT";
  risk: { selfHarm: boolean; violence: boolean; substance: boolean };
  status: string;
  matchedOn: string | null;
}

export interface CaseRecord {
  kind: "client" | "couple";
  name: string;
  client: ClientDto | null;
  couple: CoupleDto | null;
  clinicianName: string | null;
  locationName: string | null;
  /** Intake requests that led to this case, only those the actor may read. */
  intakes: IntakeSummary[];
}

/**
 * The header of a client's or couple's page: demographics, assigned clinician, location and
 * the intake requests behind the case. Visible as client demographics are (owner and intake:
 * all; therapist: own caseload); intake requests only as far as the actor may read them.
 */
export async function getCaseRecord(actor: Actor, ref: CaseRef): Promise<CaseRecord> {
  const [entityType, id] = "clientId" in ref ? (["Client", ref.clientId] as const) : (["Couple", ref.coupleId] as const);
  const action = entityType === "Client" ? "client.read" : "couple.read";
  const grant = await authorizeOrHide(actor, "client:read", entityType, id);
  const scope = { id, practiceId: actor.practiceId, ...caseloadFilter(actor, grant) };
  const row = entityType === "Client"
    ? await db().client.findFirst({ where: scope })
    : await db().couple.findFirst({ where: scope, include: { partnerA: true, partnerB: true } });
  if (!row) {
    await audit(db(), actor, { action, entityType, entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError(entityType);
  }
  const client = "firstName" in row ? clientDto(row) : null;
  const couple = "partnerA" in row ? coupleDto(row as Parameters<typeof coupleDto>[0]) : null;
  const [clinician, location] = await Promise.all([
    row.assignedClinicianId
      ? db().clinicianProfile.findFirst({ where: { id: row.assignedClinicianId, practiceId: actor.practiceId }, select: { user: { select: { name: true } } } })
      : null,
    row.locationId ? db().location.findFirst({ where: { id: row.locationId, practiceId: actor.practiceId }, select: { name: true } }) : null,
  ]);
  const personIds = couple ? couple.partners.map((p) => p.id) : [id];
  const intakes = await intakesOf(actor, couple ? { OR: [{ coupleId: id }, { clientIds: { hasSome: personIds } }] } : { clientIds: { has: id } });
  await auditMany(db(), actor, [
    { action, entityType, entityId: id },
    ...intakes.map((i) => ({ action: "intake.read", entityType: "IntakeRequest", entityId: i.id })),
  ]);
  const full = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
  return {
    kind: couple ? "couple" : "client",
    name: couple ? couple.partners.map(full).join(" & ") : client ? full(client) : "",
    client,
    couple,
    clinicianName: clinician?.user.name ?? null,
    locationName: location?.name ?? null,
    intakes,
  };
}

async function intakesOf(actor: Actor, match: Prisma.IntakeRequestWhereInput): Promise<IntakeSummary[]> {
  const grant = can(actor, "intake:read");
  if (!grant) return [];
  const own = grant === "own" ? { assignment: { clinicianId: actor.clinicianId ?? "__no_clinician__" } } : {};
  const rows = await db().intakeRequest.findMany({
    where: { practiceId: actor.practiceId, ...match, ...own },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return rows.map((r) => {
    const risk = { selfHarm: r.riskSelfHarm, violence: r.riskViolence, substance: r.riskSubstance };
    return {
      id: r.id,
      kind: r.kind,
      receivedOn: isoDay(r.createdAt),
      concerns: r.concerns,
      serviceType: r.serviceType,
      urgency: risk.selfHarm || risk.violence || risk.substance ? "URGENT" : r.urgency,
      risk,
      status: r.status,
      matchedOn: r.matchedAt ? isoDay(r.matchedAt) : null,
    };
  });
}
