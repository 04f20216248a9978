import "server-only";
import type { Bundle, Patient } from "@medplum/fhirtypes";
import type { Actor } from "@/lib/data/actor";
import { access, type Access } from "@/lib/data/access";
import { NotFoundError } from "@/lib/data/errors";
import { isoDay } from "@/lib/data/serialize";
import { everythingBundle, patientResource, type EverythingInput, type PatientInput } from "@/lib/domain/fhir/map";

// FHIR R4 export of one client (DESIGN.md "Integrations"). Access is that of notes: note:read,
// the clinician who treats the client now; others get 404 (or 403 for a role that never reads
// notes). The private note is never selected.

const rule = (id: string, action: string) => ({ permission: "note:read", action, entityType: "Client", id }) as const;

async function patientOf({ tx, scope }: Access, clientId: string): Promise<PatientInput> {
  const client = await tx.client.findFirst({
    where: { AND: [scope.client, { id: clientId }] },
    include: { assignedClinician: { select: { userId: true } } },
  });
  if (!client) throw new NotFoundError("Client");
  return {
    id: client.id, firstName: client.firstName, lastName: client.lastName, dateOfBirth: isoDay(client.dateOfBirth),
    email: client.email, phone: client.phone, status: client.status, practitionerId: client.assignedClinician?.userId ?? null,
  };
}

/** GET /api/v1/fhir/Patient/{id}. */
export async function fhirPatient(actor: Actor, clientId: string): Promise<Patient> {
  return access(actor, rule(clientId, "fhir.patient.read"), async (ctx) => {
    const patient = await patientOf(ctx, clientId);
    ctx.disclose({ clientIds: [patient.id] });
    return patientResource(patient);
  });
}

/** GET /api/v1/fhir/Patient/{id}/$everything: the patient, their clinicians, signed sessions, levels and measures. */
export async function fhirEverything(actor: Actor, clientId: string, baseUrl: string): Promise<Bundle> {
  return access(actor, rule(clientId, "fhir.patient.everything"), async (ctx) => {
    const { tx, scope } = ctx;
    const patient = await patientOf(ctx, clientId);
    const couples = await tx.couple.findMany({ where: { practiceId: actor.practiceId, OR: [{ partnerAId: clientId }, { partnerBId: clientId }] }, select: { id: true } });
    const notes = await tx.sessionNote.findMany({
      where: { AND: [scope.note, { status: "SIGNED" }, { OR: [{ clientId }, { coupleId: { in: couples.map((c) => c.id) } }] }] },
      select: { id: true, clientId: true, sessionDate: true, durationMinutes: true, serviceType: true, authorId: true, intimacyLevel: true, partnerLevels: true },
      orderBy: [{ sessionDate: "asc" }, { id: "asc" }],
    });
    const measures = await tx.measure.findMany({
      where: { AND: [scope.measure, { clientId }] },
      select: { id: true, instrument: true, takenOn: true, score: true, band: true, enteredById: true },
      orderBy: [{ takenOn: "asc" }, { id: "asc" }],
    });
    const sessions = notes.map((n) => {
      const partner = (n.partnerLevels as { clientId: string; level: number }[]).find((p) => p.clientId === clientId);
      return {
        id: n.id, sessionDate: isoDay(n.sessionDate), durationMinutes: n.durationMinutes, serviceType: n.serviceType, authorId: n.authorId,
        couple: n.clientId === null, level: n.clientId === clientId ? n.intimacyLevel : (partner?.level ?? null),
      };
    });
    const userIds = [...new Set([patient.practitionerId, ...sessions.map((s) => s.authorId), ...measures.map((m) => m.enteredById)].filter((x): x is string => !!x))];
    const users = await tx.user.findMany({
      where: { practiceId: actor.practiceId, id: { in: userIds } },
      select: { id: true, name: true, email: true, clinician: { select: { credentials: true } } },
      orderBy: { id: "asc" },
    });
    const input: EverythingInput = {
      patient,
      practitioners: users.map((u) => ({ id: u.id, name: u.name, email: u.email, credentials: u.clinician?.credentials ?? "" })),
      sessions,
      measures: measures.map((m) => ({ ...m, takenOn: isoDay(m.takenOn) })),
    };
    ctx.disclose({ ids: [patient.id, ...notes.map((n) => n.id), ...measures.map((m) => m.id)], clientIds: [patient.id] });
    return everythingBundle(input, baseUrl);
  });
}
