import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, type Access } from "@/lib/data/access";
import { partnerIds } from "@/lib/data/clients/couples";
import { NotFoundError } from "@/lib/data/errors";
import { clientDto, coupleDto, isoDay, type ClientDto, type CoupleDto } from "@/lib/data/serialize";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CaseRef = { clientId: string } | { coupleId: string };

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
  return access(actor, { permission: "client:read", action, entityType, id }, async (ctx) => {
    const { tx, scope, disclose } = ctx;
    const row = entityType === "Client"
      ? await tx.client.findFirst({ where: { AND: [scope.client, { id }] } })
      : await tx.couple.findFirst({ where: { AND: [scope.couple, { id }] }, include: { partnerA: true, partnerB: true } });
    if (!row) throw new NotFoundError(entityType);
    const client = "firstName" in row ? clientDto(row) : null;
    const couple = "partnerA" in row ? coupleDto(row as Parameters<typeof coupleDto>[0]) : null;
    const clinician = row.assignedClinicianId
      ? await tx.clinicianProfile.findFirst({ where: { id: row.assignedClinicianId, practiceId: actor.practiceId }, select: { user: { select: { name: true } } } })
      : null;
    const location = row.locationId ? await tx.location.findFirst({ where: { id: row.locationId, practiceId: actor.practiceId }, select: { name: true } }) : null;
    const personIds = couple ? couple.partners.map((p) => p.id) : [id];
    const intakes = await intakesOf(ctx, couple ? { OR: [{ coupleId: id }, { clientIds: { hasSome: personIds } }] } : { clientIds: { has: id } });
    disclose({ ids: intakes.map((i) => i.id), clientIds: couple ? partnerIds({ partnerAId: personIds[0]!, partnerBId: personIds[1]! }) : [id] });
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
  });
}

/** The intake requests behind a case, as far as the actor may read them (none for a role that never may). */
async function intakesOf({ tx, scopeOf }: Access, match: Prisma.IntakeRequestWhereInput): Promise<IntakeSummary[]> {
  const intake = scopeOf("intake:read");
  if (!intake) return [];
  const rows = await tx.intakeRequest.findMany({
    where: { AND: [await intake.intake(tx), match] },
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
