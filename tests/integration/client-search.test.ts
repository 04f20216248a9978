// Name search (`?q=`) through lib/data listClients: the trigram path for 3+ characters keeps
// every scope rule of the plain list (practice, caseload, filters) and pages in name order.
import { beforeAll, describe, expect, test } from "vitest";
import { listClients } from "@/lib/data/clients/clients";
import type { Actor } from "@/lib/data/actor";
import * as f from "@/tests/factories";

let owner: Actor;
let therapist: Actor;
let mine: string[];

beforeAll(async () => {
  const { practice, owner: o, therapist: t, therapist2 } = await f.createStaffedPractice();
  owner = await f.actorFor(o);
  therapist = await f.actorFor(t);
  mine = [];
  for (const last of ["Smithson", "Goldsmith", "Smith"]) {
    mine.push((await f.createClient(practice.id, { firstName: "Ana", lastName: last, assignedClinicianId: t.clinicianId })).id);
  }
  await f.createClient(practice.id, { firstName: "Bo", lastName: "Smithers", assignedClinicianId: therapist2.clinicianId });
  await f.createClient(practice.id, { firstName: "Cy", lastName: "Smythe", assignedClinicianId: t.clinicianId });
  await f.createClient(practice.id, { firstName: "Di", lastName: "Smith", status: "DISCHARGED", assignedClinicianId: t.clinicianId });
  await f.createClient(practice.id, { firstName: "100%", lastName: "Under_score", assignedClinicianId: t.clinicianId });
  await f.createClient(practice.id, { firstName: "Sofia", lastName: "Hill", assignedClinicianId: t.clinicianId });
  await f.createClient(practice.id, { firstName: "Sofia", lastName: "Hillary", assignedClinicianId: t.clinicianId });
  await f.createClient(practice.id, { firstName: "Hill", lastName: "Sofiani", assignedClinicianId: t.clinicianId });
  const other = await f.createPractice();
  await f.createClient(other.id, { firstName: "Eve", lastName: "Smith" });
});

const names = (page: { data: { firstName: string; lastName: string }[] }) => page.data.map((c) => `${c.firstName} ${c.lastName}`);

describe("client search", () => {
  test("finds any part of a name, case-insensitive, in name order, within the practice only", async () => {
    const page = await listClients(owner, { q: "SMITH", limit: 50 });
    expect(names(page)).toEqual(["Ana Goldsmith", "Ana Smith", "Di Smith", "Bo Smithers", "Ana Smithson"]);
  });

  test("a therapist finds only their own caseload", async () => {
    const page = await listClients(therapist, { q: "smith", limit: 50 });
    expect(names(page)).toEqual(["Ana Goldsmith", "Ana Smith", "Di Smith", "Ana Smithson"]);
  });

  test("filters still apply", async () => {
    const page = await listClients(therapist, { q: "smith", status: "ACTIVE", limit: 50 });
    expect(page.data.map((c) => c.id).sort()).toEqual([...mine].sort());
  });

  test("pages follow one another without gaps or repeats", async () => {
    const first = await listClients(owner, { q: "smith", limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listClients(owner, { q: "smith", limit: 2, cursor: first.nextCursor! });
    const third = await listClients(owner, { q: "smith", limit: 2, cursor: second.nextCursor! });
    expect([...names(first), ...names(second), ...names(third)]).toEqual(["Ana Goldsmith", "Ana Smith", "Di Smith", "Bo Smithers", "Ana Smithson"]);
    expect(third.nextCursor).toBeNull();
  });

  test("LIKE wildcards in the query are taken literally", async () => {
    expect(names(await listClients(owner, { q: "0%", limit: 50 }))).toEqual(["100% Under_score"]);
    expect(names(await listClients(owner, { q: "r_s", limit: 50 }))).toEqual(["100% Under_score"]);
    expect(names(await listClients(owner, { q: "%%%", limit: 50 }))).toEqual([]);
  });

  test("a full name finds the person, first + last in either order, spacing and a comma ignored", async () => {
    expect(names(await listClients(owner, { q: "Sofia Hill", limit: 50 }))).toEqual(["Sofia Hill", "Sofia Hillary"]);
    // Last name first finds her; "Hill Sofiani" too, whose name reads "Hill Sofia…" as written.
    expect(names(await listClients(owner, { q: "hill sofia", limit: 50 }))).toEqual(["Sofia Hill", "Hill Sofiani"]);
    expect(names(await listClients(owner, { q: "Hill,  Sofia", limit: 50 }))).toEqual(["Sofia Hill", "Hill Sofiani"]);
    expect(names(await listClients(owner, { q: "ia Hil", limit: 50 }))).toEqual(["Sofia Hill", "Sofia Hillary"]);
    expect(names(await listClients(therapist, { q: "Sofia Hillary", limit: 50 }))).toEqual(["Sofia Hillary"]);
    expect(names(await listClients(owner, { q: "Sofia Smith", limit: 50 }))).toEqual([]);
  });
});
