// The permission table of DESIGN.md, written out here a second time on purpose: a wrong edit of
// lib/auth/permissions.ts (a grant widened, a row dropped, a key added unreviewed) fails a case.
import { describe, expect, test } from "vitest";
import { can, PERMISSIONS, ROLES, type Grant, type Permission, type Role } from "@/lib/auth/permissions";

type Row = Record<Role, Grant | null>;

// Read from DESIGN.md "Roles and permissions". "own" = own caseload / own profile / notes the
// user writes as treating clinician; null = never.
const EXPECTED: Record<Permission, Row> = {
  // locations, practice settings: manage | yes | read | read
  "location:read": { OWNER: "any", THERAPIST: "any", INTAKE: "any" },
  "location:manage": { OWNER: "any", THERAPIST: null, INTAKE: null },
  // staff accounts and roles: manage | yes | own profile | own profile
  "staff:read": { OWNER: "any", THERAPIST: "own", INTAKE: "own" },
  "staff:manage": { OWNER: "any", THERAPIST: null, INTAKE: null },
  // clinician profiles | manage all | edit own | read all
  "clinician:read": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  "clinician:update": { OWNER: "any", THERAPIST: "own", INTAKE: null },
  // clients and couples | read all | read/update own caseload | create/read/update all
  "client:read": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  "client:create": { OWNER: null, THERAPIST: null, INTAKE: "any" },
  "client:update": { OWNER: null, THERAPIST: "own", INTAKE: "any" },
  // intake requests | read all | read those of own caseload | create/read/update all
  "intake:read": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  "intake:create": { OWNER: null, THERAPIST: null, INTAKE: "any" },
  "intake:update": { OWNER: null, THERAPIST: null, INTAKE: "any" },
  // matching | yes | no | yes
  "match:run": { OWNER: "any", THERAPIST: null, INTAKE: "any" },
  // session notes | only as treating clinician | own caseload only | never
  "note:read": { OWNER: "own", THERAPIST: "own", INTAKE: null },
  "note:write": { OWNER: "own", THERAPIST: "own", INTAKE: null },
  // reports: caseload, capacity, intake funnel | all | own caseload | intake funnel
  "report:caseload": { OWNER: "any", THERAPIST: "own", INTAKE: null },
  "report:funnel": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  // reports: clinical trends | yes | own caseload | no
  "report:trends": { OWNER: "any", THERAPIST: "own", INTAKE: null },
  // audit trail | read | no | no
  "audit:read": { OWNER: "any", THERAPIST: null, INTAKE: null },
  // Contract additions (2026-12). Case lifecycle (discharge, reopen, reassign): owners and intake
  // for the practice, a therapist for their own caseload.
  "case:manage": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  // Appointments: therapists their own caseload's; intake any (first sessions); owners all.
  "appointment:read": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  "appointment:write": { OWNER: "any", THERAPIST: "own", INTAKE: "any" },
  // Measures: "access is that of notes".
  "measure:read": { OWNER: "own", THERAPIST: "own", INTAKE: null },
  "measure:write": { OWNER: "own", THERAPIST: "own", INTAKE: null },
  // Co-signing an associate's note: "own" = notes of the clinicians one supervises.
  "note:cosign": { OWNER: "own", THERAPIST: "own", INTAKE: null },
  // Bearer tokens: owners create and revoke them.
  "token:manage": { OWNER: "any", THERAPIST: null, INTAKE: null },
};

const KEYS = Object.keys(EXPECTED) as Permission[];
const user = (...roles: Role[]) => ({ roles });

describe("permission table, one case per role and action", () => {
  const cases = ROLES.flatMap((role) => KEYS.map((key) => ({ role, key, grant: EXPECTED[key][role] })));

  test.each(cases)("$role $key → $grant", ({ role, key, grant }) => {
    expect(can(user(role), key)).toBe(grant);
  });
});

describe("table shape", () => {
  test("the roles are exactly OWNER, THERAPIST, INTAKE", () => {
    expect([...ROLES].sort()).toEqual(["INTAKE", "OWNER", "THERAPIST"]);
  });

  test.each(ROLES)("%s grants nothing this test does not know about", (role) => {
    // A new key must be added here too, with its expected grant for every role.
    for (const key of Object.keys(PERMISSIONS[role])) expect(KEYS).toContain(key);
  });
});

describe("multi-role users get the union of their roles", () => {
  const ownerTherapist = user("OWNER", "THERAPIST");

  test.each(KEYS)("OWNER+THERAPIST %s is the wider of the two grants", (key) => {
    const grants = [EXPECTED[key].OWNER, EXPECTED[key].THERAPIST];
    const widest = grants.includes("any") ? "any" : grants.includes("own") ? "own" : null;
    expect(can(ownerTherapist, key)).toBe(widest);
  });

  test("OWNER+THERAPIST: worked examples", () => {
    // Demographics: reads all (owner), may update only their own caseload (therapist).
    expect(can(ownerTherapist, "client:read")).toBe("any");
    expect(can(ownerTherapist, "client:update")).toBe("own");
    // Still cannot create clients: neither role may.
    expect(can(ownerTherapist, "client:create")).toBeNull();
    // Notes stay "own" even for an owner: only as treating clinician.
    expect(can(ownerTherapist, "note:read")).toBe("own");
    expect(can(ownerTherapist, "audit:read")).toBe("any");
  });

  test("role order does not matter", () => {
    for (const key of KEYS) expect(can(user("THERAPIST", "OWNER"), key)).toBe(can(ownerTherapist, key));
  });

  test("THERAPIST+INTAKE sees all clients but never gains audit or owner-only rights", () => {
    const both = user("THERAPIST", "INTAKE");
    expect(can(both, "client:read")).toBe("any");
    expect(can(both, "client:update")).toBe("any");
    expect(can(both, "note:read")).toBe("own");
    expect(can(both, "audit:read")).toBeNull();
    expect(can(both, "staff:manage")).toBeNull();
  });

  test("a user with no roles may do nothing", () => {
    for (const key of KEYS) expect(can(user(), key)).toBeNull();
  });
});
