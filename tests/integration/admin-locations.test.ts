// Locations: owners add, rename and deactivate them; names are unique in a practice whatever
// their case; nobody reaches another practice's locations.
import { beforeEach, expect, test } from "vitest";
import { createLocation, listLocations, updateLocation } from "@/lib/data/admin/locations";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { ownerDb as db } from "@/tests/support/owner-db";
import { locationCreate, locationUpdate } from "@/lib/validation/admin";
import * as f from "@/tests/factories";

let w: Awaited<ReturnType<typeof f.createStaffedPractice>>;
let owner: Awaited<ReturnType<typeof f.actorFor>>;
beforeEach(async () => {
  w = await f.createStaffedPractice();
  owner = await f.actorFor(w.owner);
});

test("an owner adds, renames and deactivates a location; each change is audited", async () => {
  const made = await createLocation(owner, locationCreate.parse({ name: "  Howell ", address: "1 Grand River Ave" }));
  expect(made).toMatchObject({ name: "Howell", address: "1 Grand River Ave", active: true });
  const renamed = await updateLocation(owner, made.id, locationUpdate.parse({ name: "Howell Downtown" }));
  expect(renamed.name).toBe("Howell Downtown");
  await updateLocation(owner, made.id, locationUpdate.parse({ active: false }));
  expect((await listLocations(owner)).map((l) => l.id)).not.toContain(made.id);
  expect((await listLocations(owner, { includeInactive: true })).find((l) => l.id === made.id)?.active).toBe(false);
  // the creation names the new location among what it showed (its id was not known before)
  const events = await db().auditEvent.findMany({ where: { OR: [{ entityId: made.id }, { entityIds: { has: made.id } }], action: { not: "location.list" } }, orderBy: { seq: "asc" } });
  expect(events.map((e) => e.action)).toEqual(["location.create", "location.update", "location.deactivate"]);
  expect(events.every((e) => e.actorId === w.owner.id && e.outcome === "ALLOWED")).toBe(true);
});

test("a name already used in the practice, in any case, is refused with 409", async () => {
  await createLocation(owner, locationCreate.parse({ name: "Fenton" }));
  await expect(createLocation(owner, locationCreate.parse({ name: "fenton" }))).rejects.toBeInstanceOf(ConflictError);
  const other = await createLocation(owner, locationCreate.parse({ name: "Lansing" }));
  await expect(updateLocation(owner, other.id, locationUpdate.parse({ name: "FENTON" }))).rejects.toBeInstanceOf(ConflictError);
  // another practice may use the name
  const elsewhere = await f.actorFor(await f.createUser((await f.createPractice()).id, ["OWNER"]));
  await expect(createLocation(elsewhere, locationCreate.parse({ name: "Fenton" }))).resolves.toMatchObject({ name: "Fenton" });
});

test("therapists and intake may read locations but not change them; another practice's are not found", async () => {
  for (const user of [w.therapist, w.intake]) {
    const actor = await f.actorFor(user);
    expect((await listLocations(actor)).map((l) => l.id)).toEqual([w.practice.locationId]);
    await expect(createLocation(actor, locationCreate.parse({ name: "Nope" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateLocation(actor, w.practice.locationId, locationUpdate.parse({ active: false }))).rejects.toBeInstanceOf(ForbiddenError);
  }
  const other = await f.createPractice();
  await expect(updateLocation(owner, other.locationId, locationUpdate.parse({ name: "Mine now" }))).rejects.toBeInstanceOf(NotFoundError);
  expect((await db().location.findUniqueOrThrow({ where: { id: other.locationId } })).name).not.toBe("Mine now");
});
