import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { authorize, authorizeOrHide, caseloadFilter } from "@/lib/data/access/guard";
import { searchClientIds } from "@/lib/data/clients/search";
import { assertInPractice } from "@/lib/data/access/references";
import { clientDto, dayToDate, type ClientDto } from "@/lib/data/serialize";
import { db } from "@/lib/db";
import type { ClientCreate, ClientListQuery, ClientUpdate } from "@/lib/validation/client";
import { toPage, type Page } from "@/lib/validation/common";

/** Clients the actor may see (everyone in the practice, or their own caseload), by name. */
export async function listClients(actor: Actor, query: ClientListQuery): Promise<Page<ClientDto>> {
  const grant = await authorize(actor, "client:read", "Client");
  const q = query.q?.trim() ?? "";
  const scope = { practiceId: actor.practiceId, ...caseloadFilter(actor, grant) };
  await assertCursor(query.cursor, (id) => db().client.count({ where: { id, ...scope } }));
  const filters = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.locationId ? { locationId: query.locationId } : {}),
  };
  let rows;
  if (q.length >= 3) {
    // Long enough for the trigram indexes: find the page's ids first (see client-search.ts).
    const ids = await searchClientIds(
      { practiceId: actor.practiceId, assignedClinicianId: scope.assignedClinicianId ?? null, status: query.status ?? null, locationId: query.locationId ?? null },
      q, query.cursor ?? null, query.limit + 1,
    );
    const found = await db().client.findMany({ where: { id: { in: ids }, ...scope, ...filters } });
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    rows = await db().client.findMany({
      where: {
        ...scope,
        ...filters,
        ...(q ? { OR: [{ firstName: { contains: q, mode: "insensitive" } }, { lastName: { contains: q, mode: "insensitive" } }] } : {}),
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
  }
  await audit(db(), actor, { action: "client.list", entityType: "Client" });
  return toPage(rows.map(clientDto), query.limit);
}

/** One client, or NotFoundError when it does not exist or lies outside what the actor may see. */
export async function getClient(actor: Actor, id: string): Promise<ClientDto> {
  const grant = await authorizeOrHide(actor, "client:read", "Client", id);
  const row = await db().client.findFirst({ where: { id, practiceId: actor.practiceId, ...caseloadFilter(actor, grant) } });
  if (!row) {
    await audit(db(), actor, { action: "client.read", entityType: "Client", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Client");
  }
  await audit(db(), actor, { action: "client.read", entityType: "Client", entityId: id });
  return clientDto(row);
}

/** Creates a client in the actor's own practice (a practiceId in the input is never read). */
export async function createClient(actor: Actor, input: ClientCreate): Promise<ClientDto> {
  await authorize(actor, "client:create", "Client");
  await assertInPractice(actor, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
  return db().$transaction(async (tx) => {
    const row = await tx.client.create({
      data: {
        practiceId: actor.practiceId,
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: dayToDate(input.dateOfBirth),
        email: input.email,
        phone: input.phone,
        pronouns: input.pronouns,
        status: input.status ?? "INQUIRY",
        assignedClinicianId: input.assignedClinicianId ?? null,
        locationId: input.locationId ?? null,
      },
    });
    await audit(tx, actor, { action: "client.create", entityType: "Client", entityId: row.id });
    return clientDto(row);
  });
}

/** Updates demographics. A therapist may not move a client out of their own caseload. */
export async function updateClient(actor: Actor, id: string, input: ClientUpdate): Promise<ClientDto> {
  // 403, not 404: the only role without this permission (OWNER) may read every client, so
  // hiding would reveal nothing and would misstate why the change was refused.
  const grant = await authorize(actor, "client:update", "Client", id);
  const scope = { id, practiceId: actor.practiceId, ...caseloadFilter(actor, grant) };
  const existing = await db().client.findFirst({ where: scope });
  if (!existing) {
    await audit(db(), actor, { action: "client.update", entityType: "Client", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Client");
  }
  if (grant === "own" && input.assignedClinicianId !== undefined && input.assignedClinicianId !== existing.assignedClinicianId) {
    await audit(db(), actor, { action: "client.reassign", entityType: "Client", entityId: id, outcome: "DENIED" });
    throw new ForbiddenError("Only intake may reassign a client to another clinician.");
  }
  await assertInPractice(actor, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
  if (input.dateOfBirth === null) throw new InvalidError("Date of birth is required.", [{ path: ["dateOfBirth"], message: "Required." }]);
  return db().$transaction(async (tx) => {
    const row = await tx.client.update({
      where: { id: existing.id },
      data: {
        ...(input.firstName !== undefined ? { firstName: input.firstName } : {}),
        ...(input.lastName !== undefined ? { lastName: input.lastName } : {}),
        ...(input.dateOfBirth ? { dateOfBirth: dayToDate(input.dateOfBirth) } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.pronouns !== undefined ? { pronouns: input.pronouns } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.assignedClinicianId !== undefined ? { assignedClinicianId: input.assignedClinicianId } : {}),
        ...(input.locationId !== undefined ? { locationId: input.locationId } : {}),
      },
    });
    await audit(tx, actor, { action: "client.update", entityType: "Client", entityId: id });
    return clientDto(row);
  });
}
