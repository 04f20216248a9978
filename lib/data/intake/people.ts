import "server-only";
import type { Access } from "@/lib/data/access";
import { InvalidError } from "@/lib/data/errors";
import type { StoredPerson } from "@/lib/data/intake/dto";
import { dayToDate } from "@/lib/data/serialize";

interface PeopleInput {
  kind: "INDIVIDUAL" | "COUPLE";
  people: StoredPerson[];
  /** Per person: an existing client to link, or null to create one. */
  links: (string | null)[];
  clinicianId: string;
  locationId: string | null;
}

/**
 * Inside the assignment transaction: the client record of each person (linked or new, ACTIVE with
 * the clinician) and, for a couple, the couple (an existing couple of the same two is reused).
 * A linked partner who is ACTIVE with another clinician keeps that individual therapist: the
 * couple goes to the new clinician, and their own therapy is not taken away from them.
 */
export async function linkOrCreatePeople({ tx, actor, record }: Access, input: PeopleInput): Promise<{ clientIds: string[]; coupleId: string | null }> {
  const { practiceId } = actor;
  const wanted = input.links.filter((x): x is string => x !== null);
  if (new Set(wanted).size !== wanted.length) throw new InvalidError("Two people cannot be the same client.", [{ path: ["existingClientIds"], message: "Choose different clients." }]);
  const existing = new Map((await tx.client.findMany({ where: { practiceId, id: { in: wanted } } })).map((c) => [c.id, c]));
  const clientIds: string[] = [];
  for (const [i, person] of input.people.entries()) {
    const link = input.links[i] ?? null;
    if (link) {
      const row = existing.get(link);
      if (!row) throw new InvalidError("No such client in this practice.", [{ path: ["existingClientIds", i], message: "No such client in this practice." }]);
      const keepsOwnTherapist = input.kind === "COUPLE" && row.status === "ACTIVE" && row.assignedClinicianId !== null && row.assignedClinicianId !== input.clinicianId;
      if (!keepsOwnTherapist) {
        await tx.client.update({ where: { id: row.id }, data: { status: "ACTIVE", assignedClinicianId: input.clinicianId } });
        record({ action: "client.update", entityType: "Client", entityId: row.id, clientIds: [row.id] });
      }
      clientIds.push(row.id);
      continue;
    }
    if (!person.dateOfBirth) {
      throw new InvalidError("A date of birth is needed to create the client record.", [{ path: ["clients", i, "dateOfBirth"], message: "Required to create the client record." }]);
    }
    const row = await tx.client.create({
      data: {
        practiceId, firstName: person.firstName, lastName: person.lastName, dateOfBirth: dayToDate(person.dateOfBirth),
        email: person.email ?? null, phone: person.phone ?? null, status: "ACTIVE", assignedClinicianId: input.clinicianId, locationId: input.locationId,
      },
    });
    record({ action: "client.create", entityType: "Client", entityId: row.id, clientIds: [row.id] });
    clientIds.push(row.id);
  }
  if (input.kind !== "COUPLE") return { clientIds, coupleId: null };
  const [a, b] = clientIds as [string, string];
  const found = await tx.couple.findFirst({ where: { practiceId, OR: [{ partnerAId: a, partnerBId: b }, { partnerAId: b, partnerBId: a }] } });
  const couple = found
    ? await tx.couple.update({ where: { id: found.id }, data: { status: "ACTIVE", assignedClinicianId: input.clinicianId } })
    : await tx.couple.create({ data: { practiceId, partnerAId: a, partnerBId: b, status: "ACTIVE", assignedClinicianId: input.clinicianId, locationId: input.locationId } });
  record({ action: found ? "couple.update" : "couple.create", entityType: "Couple", entityId: couple.id, clientIds: [a, b] });
  return { clientIds, coupleId: couple.id };
}
