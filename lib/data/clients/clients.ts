import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { assertInPractice } from "@/lib/data/access/references";
import { actionOf, MoveRefused, permissionOf, planLifecycle, recordAssignment } from "@/lib/data/clients/lifecycle";
import { searchClientIds } from "@/lib/data/clients/search";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { clientDto, dayToDate, type ClientDto } from "@/lib/data/serialize";
import { clientCreate, clientListQuery, clientUpdate } from "@/lib/validation/client";
import { toPage, type Page } from "@/lib/validation/common";

/** Clients the actor may see (everyone in the practice, or their own caseload), by name; `q` finds names. */
export async function listClients(actor: Actor, input: unknown): Promise<Page<ClientDto>> {
  const rule = { permission: "client:read", action: "client.list", entityType: "Client" } as const;
  return accessWith(actor, rule, clientListQuery, input, async ({ tx, scope, disclose }, query) => {
    await assertCursor(query.cursor, (id) => tx.client.count({ where: { AND: [scope.client, { id }] } }));
    const filters = { ...(query.status ? { status: query.status } : {}), ...(query.locationId ? { locationId: query.locationId } : {}) };
    // "Hill,  Sofia" is "Hill Sofia": the search matches first + last in either order.
    const q = (query.q ?? "").replace(/[\s,]+/g, " ").trim();
    let rows;
    if (q.length >= 3) {
      // Long enough for the trigram index: find the page's ids first (see search.ts).
      const own = scope.reach.grant === "own" ? (scope.reach.clinicianId ?? "__none__") : null;
      const ids = await searchClientIds(tx, { assignedClinicianId: own, status: query.status ?? null, locationId: query.locationId ?? null }, q, query.cursor ?? null, query.limit + 1);
      const found = await tx.client.findMany({ where: { AND: [scope.client, filters, { id: { in: ids } }] } });
      const byId = new Map(found.map((row) => [row.id, row]));
      rows = ids.flatMap((id) => byId.get(id) ?? []);
    } else {
      const name = q ? { OR: [{ firstName: { contains: q, mode: "insensitive" as const } }, { lastName: { contains: q, mode: "insensitive" as const } }] } : {};
      rows = await tx.client.findMany({
        where: { AND: [scope.client, filters, name] },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        take: query.limit + 1,
        ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      });
    }
    const page = toPage(rows.map(clientDto), query.limit);
    disclose({ ids: page.data.map((c) => c.id), clientIds: page.data.map((c) => c.id) });
    return page;
  });
}

/** One client, or NotFoundError when it does not exist or lies outside what the actor may see. */
export async function getClient(actor: Actor, id: string): Promise<ClientDto> {
  return access(actor, { permission: "client:read", action: "client.read", entityType: "Client", id }, async ({ tx, scope, disclose }) => {
    const row = await tx.client.findFirst({ where: { AND: [scope.client, { id }] } });
    if (!row) throw new NotFoundError("Client");
    disclose({ clientIds: [row.id] });
    return clientDto(row);
  });
}

/** Creates a client in the actor's own practice (a practiceId in the input is never read). */
export async function createClient(actor: Actor, raw: unknown): Promise<ClientDto> {
  const rule = { permission: "client:create", action: "client.create", entityType: "Client" } as const;
  return accessWith(actor, rule, clientCreate, raw, async ({ tx, disclose, subject }, input) => {
    await assertInPractice(tx, actor.practiceId, { clinicianId: input.assignedClinicianId, locationId: input.locationId });
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
    subject(row.id);
    disclose({ clientIds: [row.id] });
    return clientDto(row);
  });
}

/**
 * Updates a client. Demographics need "client:update" (intake any, a therapist their own; 403 for
 * an owner who is not intake: owners read every client, so hiding would misstate the refusal).
 * Status moves, discharge, reopening and reassignment need "case:manage" (lifecycle.ts). A sent
 * `version` that is not the current one answers 409 with the current client; the update is
 * conditional on the version read (`updateMany where { id, version }`), so of two concurrent
 * writers exactly one wins.
 */
export async function updateClient(actor: Actor, id: string, raw: unknown): Promise<ClientDto> {
  const rule = { permission: permissionOf(raw), action: actionOf("Client", raw), entityType: "Client", id } as const;
  return accessWith(actor, rule, clientUpdate, raw, async (ctx, input) => {
    const { tx, scope, disclose } = ctx;
    const existing = await tx.client.findFirst({ where: { AND: [scope.client, { id }] } });
    if (!existing) throw new NotFoundError("Client");
    const stale = (message: string, row = existing) => new ConflictError(message, { current: clientDto(row) }, { ids: [row.id], clientIds: [row.id] });
    if (input.version !== undefined && input.version !== existing.version) throw stale("This client was changed elsewhere since you opened it. Compare both versions and choose.");
    let plan;
    try {
      plan = await planLifecycle(ctx, "Client", existing, input);
    } catch (error) {
      if (error instanceof MoveRefused) throw stale(error.message);
      throw error;
    }
    await assertInPractice(tx, actor.practiceId, { locationId: input.locationId });
    if (input.dateOfBirth === null) throw new InvalidError("Date of birth is required.", [{ path: ["dateOfBirth"], message: "Required." }]);
    const { count } = await tx.client.updateMany({
      where: { id: existing.id, practiceId: actor.practiceId, version: existing.version },
      data: {
        ...(input.firstName !== undefined ? { firstName: input.firstName } : {}),
        ...(input.lastName !== undefined ? { lastName: input.lastName } : {}),
        ...(input.dateOfBirth ? { dateOfBirth: dayToDate(input.dateOfBirth) } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.pronouns !== undefined ? { pronouns: input.pronouns } : {}),
        ...(input.locationId !== undefined ? { locationId: input.locationId } : {}),
        ...plan.columns,
        version: { increment: 1 },
      },
    });
    const row = await tx.client.findFirstOrThrow({ where: { id: existing.id, practiceId: actor.practiceId } });
    if (count !== 1) throw stale("This client was changed elsewhere a moment ago. Compare both versions and choose.", row);
    await recordAssignment(ctx, { clientId: row.id }, plan);
    disclose({ clientIds: [row.id] });
    return clientDto(row);
  });
}
