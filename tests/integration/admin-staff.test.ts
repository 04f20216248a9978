// Staff administration: invitations with a one-time link (only its hash stored), roles,
// deactivation that ends every session at once, and a practice that always keeps an owner.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { deactivateStaff, inviteStaff, issuePasswordLink, reactivateStaff, setStaffRoles } from "@/lib/data/admin/staff";
import { describePasswordToken, setPasswordWithToken } from "@/lib/data/sessions/password-link";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/data/errors";
import { resolveSession, signInWithPassword } from "@/lib/data/sessions/sessions";
import { ownerDb as db } from "@/tests/support/owner-db";
import { staffInvite } from "@/lib/validation/admin";
import * as f from "@/tests/factories";

let w: Awaited<ReturnType<typeof f.createStaffedPractice>>;
let owner: Awaited<ReturnType<typeof f.actorFor>>;
const email = () => `new-${Math.random().toString(36).slice(2, 10)}@staff.test`;
const NEW_PASSWORD = "a long enough new password";

beforeEach(async () => {
  w = await f.createStaffedPractice();
  owner = await f.actorFor(w.owner);
});

describe("invitations", () => {
  test("an invited therapist is inactive until the link is used, with a clinician profile not yet open to new clients", async () => {
    const issued = await inviteStaff(owner, staffInvite.parse({ name: "Robin Vale", email: email(), roles: ["THERAPIST"], discipline: "MFT" }));
    expect(issued.user).toMatchObject({ status: "INVITED", active: false, roles: ["THERAPIST"] });
    const user = await db().user.findUniqueOrThrow({ where: { id: issued.user.id }, include: { clinician: true } });
    expect(user.practiceId).toBe(w.practice.id);
    expect(user.clinician).toMatchObject({ discipline: "MFT", acceptingNewClients: false });
    expect(await signInWithPassword(user.email, NEW_PASSWORD, "r")).toBeNull();
  });

  test("only the token's sha256 is stored, and the link expires after 72 hours", async () => {
    const issued = await inviteStaff(owner, staffInvite.parse({ name: "Sam Ng", email: email(), roles: ["INTAKE"] }));
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db().passwordToken.findMany({ where: { userId: issued.user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(issued.token);
    const hours = (rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(72, 1);
  });

  test("the link sets an argon2id password and activates the account, once", async () => {
    const issued = await inviteStaff(owner, staffInvite.parse({ name: "Ari Cole", email: email(), roles: ["INTAKE"] }));
    expect(await describePasswordToken(issued.token)).toMatchObject({ name: "Ari Cole" });
    expect(await setPasswordWithToken(issued.token, NEW_PASSWORD)).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { id: issued.user.id } });
    expect(user.active).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await signInWithPassword(user.email, NEW_PASSWORD, "r")).not.toBeNull();
    // a second use, or anyone holding the link afterwards, gets nothing
    expect(await setPasswordWithToken(issued.token, "someone else's password")).toBe(false);
    expect(await describePasswordToken(issued.token)).toBeNull();
    expect(await signInWithPassword(user.email, "someone else's password", "r")).toBeNull();
  });

  test("two uses at the same moment: exactly one succeeds", async () => {
    const issued = await inviteStaff(owner, staffInvite.parse({ name: "Lee Park", email: email(), roles: ["INTAKE"] }));
    const results = await Promise.all([setPasswordWithToken(issued.token, `${NEW_PASSWORD} one`), setPasswordWithToken(issued.token, `${NEW_PASSWORD} two`)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test("an expired link, or one replaced by a newer link, does not work", async () => {
    const issued = await inviteStaff(owner, staffInvite.parse({ name: "Kim Roe", email: email(), roles: ["INTAKE"] }));
    const newer = await issuePasswordLink(owner, issued.user.id);
    expect(await setPasswordWithToken(issued.token, NEW_PASSWORD)).toBe(false);
    await db().passwordToken.updateMany({ where: { userId: issued.user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await setPasswordWithToken(newer.token, NEW_PASSWORD)).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: issued.user.id } })).active).toBe(false);
  });

  test("an email that already has an account is refused (409); a therapist needs a discipline", async () => {
    await expect(inviteStaff(owner, staffInvite.parse({ name: "Dup", email: w.therapist.email, roles: ["INTAKE"] }))).rejects.toBeInstanceOf(ConflictError);
    expect(staffInvite.safeParse({ name: "No Discipline", email: email(), roles: ["THERAPIST"] }).error?.issues[0]?.path).toEqual(["discipline"]);
  });

  test("an email of another practice's user gets the very answer of one taken here: no practice named, nothing changed", async () => {
    const other = await f.createStaffedPractice();
    const attempt = async (address: string) => {
      const error = await inviteStaff(owner, { name: "Probe", email: address.toUpperCase(), roles: ["INTAKE"] }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      return error as ConflictError;
    };
    const elsewhere = await attempt(other.therapist.email);
    const here = await attempt(w.therapist.email);
    expect([elsewhere.message, elsewhere.details]).toEqual([here.message, here.details]);
    const otherPractice = await db().practice.findUniqueOrThrow({ where: { id: other.practice.id } });
    for (const secret of [otherPractice.name, otherPractice.id, other.therapist.id, other.therapist.name]) expect(elsewhere.message).not.toContain(secret);
    expect(await db().user.findMany({ where: { email: other.therapist.email } })).toMatchObject([{ id: other.therapist.id, practiceId: other.practice.id, active: true }]);
    // both refusals are audited alike, and the other practice's user appears in neither
    const refusals = await db().auditEvent.findMany({ where: { requestId: owner.requestId, action: "staff.invite" }, orderBy: { seq: "asc" } });
    expect(refusals.map((e) => [e.outcome, e.entityId, e.entityIds])).toEqual([["DENIED", null, []], ["DENIED", null, []]]);
    expect(JSON.stringify(await db().auditEvent.findMany({ where: { practiceId: w.practice.id }, select: { entityId: true, entityIds: true, clientIds: true } }))).not.toContain(other.therapist.id);
  });

  test("only owners invite, change roles and deactivate", async () => {
    for (const user of [w.therapist, w.intake]) {
      const actor = await f.actorFor(user);
      await expect(inviteStaff(actor, staffInvite.parse({ name: "X", email: email(), roles: ["OWNER"] }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setStaffRoles(actor, actor.id, { roles: ["OWNER"] })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deactivateStaff(actor, w.owner.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: w.intake.id } })).roles).toEqual(["INTAKE"]);
  });
});

describe("deactivation", () => {
  test("ends the person's sessions at once, and they cannot sign in", async () => {
    const sessions = [await f.actorFor(w.therapist), await f.actorFor(w.therapist)];
    for (const s of sessions) expect(await resolveSession(s.sessionId, "r")).not.toBeNull();
    const result = await deactivateStaff(owner, w.therapist.id);
    expect(result).toMatchObject({ active: false, status: "DEACTIVATED" });
    for (const s of sessions) expect(await resolveSession(s.sessionId, "r")).toBeNull();
    expect(await db().authSession.count({ where: { userId: w.therapist.id, revokedAt: null } })).toBe(0);
    expect(await signInWithPassword(w.therapist.email, f.TEST_PASSWORD, "r")).toBeNull();
    expect(await db().auditEvent.count({ where: { practiceId: w.practice.id, action: "staff.deactivate", entityId: w.therapist.id } })).toBe(1);
    await reactivateStaff(owner, w.therapist.id);
    expect(await signInWithPassword(w.therapist.email, f.TEST_PASSWORD, "r")).not.toBeNull();
  });

  test("another practice's staff member does not exist here", async () => {
    const other = await f.createStaffedPractice();
    await expect(deactivateStaff(owner, other.therapist.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setStaffRoles(owner, other.therapist.id, { roles: ["INTAKE"] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.therapist.id } })).active).toBe(true);
  });
});

describe("the practice's owners", () => {
  test("the last owner can neither lose the role nor be deactivated", async () => {
    const change = await setStaffRoles(owner, w.owner.id, { roles: ["THERAPIST"] }).catch((e: unknown) => e);
    expect(change).toBeInstanceOf(ConflictError);
    expect((change as Error).message).toMatch(/only owner/);
    await expect(deactivateStaff(owner, w.owner.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await db().user.findUniqueOrThrow({ where: { id: w.owner.id } })).roles).toEqual(["OWNER"]);
  });

  test("with a second owner, one may step down; then the other is the last", async () => {
    const second = await f.createUser(w.practice.id, ["OWNER"]);
    const secondActor = await f.actorFor(second);
    await setStaffRoles(secondActor, w.owner.id, { roles: ["THERAPIST"], discipline: "COUNSELING" });
    const demoted = await db().user.findUniqueOrThrow({ where: { id: w.owner.id }, include: { clinician: true } });
    expect(demoted.roles).toEqual(["THERAPIST"]);
    expect(demoted.clinician?.discipline).toBe("COUNSELING");
    await expect(setStaffRoles(secondActor, second.id, { roles: ["INTAKE"] })).rejects.toBeInstanceOf(ConflictError);
  });

  test("two owners demoting each other at the same moment leave one owner", async () => {
    const second = await f.createUser(w.practice.id, ["OWNER"]);
    const secondActor = await f.actorFor(second);
    const results = await Promise.allSettled([setStaffRoles(owner, second.id, { roles: ["INTAKE"] }), setStaffRoles(secondActor, w.owner.id, { roles: ["INTAKE"] })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect(await db().user.count({ where: { practiceId: w.practice.id, roles: { has: "OWNER" } } })).toBe(1);
  });

  test("adding the therapist role without a discipline is refused by name", async () => {
    const error = await setStaffRoles(owner, w.intake.id, { roles: ["INTAKE", "THERAPIST"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues[0]?.path).toEqual(["discipline"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: w.intake.id } })).roles).toEqual(["INTAKE"]);
  });
});
