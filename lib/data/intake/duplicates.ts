import "server-only";
import type { StoredPerson } from "@/lib/data/intake/dto";
import { clientDto, dayToDate, isoDay, type ClientDto } from "@/lib/data/serialize";
import type { Tx } from "@/lib/data/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export type DuplicateRule = "email" | "nameAndDateOfBirth";

/** A client already on file who may be the same person as one in the request. */
export interface PossibleDuplicate {
  /** Which person of the request (0 or 1). */
  clientIndex: number;
  matchedOn: DuplicateRule[];
  /** The request already links this person to this client. */
  linked: boolean;
  client: ClientDto;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Clients within `clients` (the actor's client scope) with the same email as someone in the
 * request, or the same first and last name and date of birth (case-insensitive). Shown before
 * assigning creates new records.
 */
export async function findDuplicates(tx: Tx, clients: Prisma.ClientWhereInput, people: StoredPerson[], links: (string | null)[]): Promise<PossibleDuplicate[]> {
  const or: Prisma.ClientWhereInput[] = [];
  for (const p of people) {
    if (p.email) or.push({ email: { equals: p.email.trim(), mode: "insensitive" } });
    if (p.dateOfBirth) {
      or.push({
        firstName: { equals: p.firstName.trim(), mode: "insensitive" },
        lastName: { equals: p.lastName.trim(), mode: "insensitive" },
        dateOfBirth: dayToDate(p.dateOfBirth),
      });
    }
  }
  if (or.length === 0) return [];
  const rows = await tx.client.findMany({ where: { AND: [clients, { OR: or }] }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], take: 50 });
  const found: PossibleDuplicate[] = [];
  people.forEach((p, clientIndex) => {
    for (const row of rows) {
      const matchedOn: DuplicateRule[] = [];
      if (same(p.email, row.email)) matchedOn.push("email");
      if (p.dateOfBirth && same(p.firstName, row.firstName) && same(p.lastName, row.lastName) && isoDay(row.dateOfBirth) === p.dateOfBirth) {
        matchedOn.push("nameAndDateOfBirth");
      }
      if (matchedOn.length) found.push({ clientIndex, matchedOn, linked: links[clientIndex] === row.id, client: clientDto(row) });
    }
  });
  return found;
}
