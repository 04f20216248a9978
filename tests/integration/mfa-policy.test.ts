// MFA through the API (routes run for real; only the session lookup is the test's actor), an
// owner's reset of a colleague's MFA (audited as the owner's act), and the practice setting that
// requires MFA for roles: who must enrol is sent to do so before anything else.
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import * as clientsRoute from "@/app/api/v1/clients/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as disableRoute from "@/app/api/v1/me/mfa/disable/route";
import * as enableRoute from "@/app/api/v1/me/mfa/enable/route";
import * as setupRoute from "@/app/api/v1/me/mfa/setup/route";
import { totpCode } from "@/lib/auth/mfa";
import type { Actor } from "@/lib/data/actor";
import { getMfaPolicy, resetStaffMfa, setMfaRequiredRoles } from "@/lib/data/admin/mfa-policy";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { enableMfa, getMfaStatus } from "@/lib/data/sessions/mfa";
import { resolveSession } from "@/lib/data/sessions/sessions";
import * as f from "@/tests/factories";
import { auditOf, enrolled, member, nextStepCode, rid, signIn, wrongCode } from "@/tests/integration/mfa-world";
import { ownerDb as db } from "@/tests/support/owner-db";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => current }));

type Json = Record<string, unknown> & { error?: { code: string; issues?: { path: string[] }[] } };

async function call(handler: unknown, as: Actor, path: string, body?: unknown) {
  current = as;
  const init = body === undefined ? { method: "GET" } : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await (handler as (r: NextRequest, c: { params: Promise<object> }) => Promise<Response>)(
    new NextRequest(`http://localhost${path}`, init), { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Json };
}

describe("through the API", () => {
  test("setup, enable and disable routes; GET /api/v1/me adds mfaEnabled", async () => {
    const { actor, user } = await member();
    const setup = await call(setupRoute.POST, actor, "/api/v1/me/mfa/setup", {});
    expect(setup.status).toBe(200);
    const secret = setup.json.secret as string;
    const wrong = await call(enableRoute.POST, actor, "/api/v1/me/mfa/enable", { code: wrongCode(secret) });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error?.issues?.map((i) => i.path.join("."))).toContain("code");
    const enabled = await call(enableRoute.POST, actor, "/api/v1/me/mfa/enable", { code: totpCode(secret, Date.now()) });
    expect(enabled.status).toBe(200);
    expect(enabled.json.recoveryCodes).toHaveLength(10);
    const session = await signIn(user.email, nextStepCode(secret));
    const live = (await resolveSession(session!.sessionId, rid()))!;
    expect((await call(meRoute.GET, live, "/api/v1/me")).json).toMatchObject({ id: user.id, mfaEnabled: true });
    expect((await call(disableRoute.POST, live, "/api/v1/me/mfa/disable", { password: "nope" })).status).toBe(403);
    expect((await call(disableRoute.POST, live, "/api/v1/me/mfa/disable", { password: f.TEST_PASSWORD })).status).toBe(200);
    expect((await call(meRoute.GET, (await resolveSession(session!.sessionId, rid()))!, "/api/v1/me")).json.mfaEnabled).toBe(false);
  });
});

describe("owner's reset of a colleague's MFA", () => {
  test("clears their MFA, ends their sessions, and is audited with the owner as actor and the colleague as the record", async () => {
    const practice = await f.createPractice();
    const owner = await member(["OWNER"], practice.id);
    const colleague = await enrolled(["THERAPIST"], practice.id);
    await signIn(colleague.user.email, nextStepCode(colleague.secret));
    expect(await db().authSession.count({ where: { userId: colleague.user.id, revokedAt: null } })).toBe(2);

    const reset = await resetStaffMfa(owner.actor, colleague.user.id);
    expect(reset).toMatchObject({ id: colleague.user.id, mfaEnabled: false });
    expect(await db().authSession.count({ where: { userId: colleague.user.id, revokedAt: null } })).toBe(0);
    const [event] = await auditOf(colleague.user.id, "staff.mfa-reset");
    expect(event).toMatchObject({ actorId: owner.user.id, entityType: "User", entityId: colleague.user.id, outcome: "ALLOWED" });
    // The owner gained no way in: the colleague signs in with their own password, no code.
    expect((await signIn(colleague.user.email))?.userId).toBe(colleague.user.id);
  });

  test("a therapist may not reset anyone's (403), an owner not their own (409), nor another practice's user (404)", async () => {
    const practice = await f.createPractice();
    const owner = await enrolled(["OWNER"], practice.id);
    const colleague = await enrolled(["THERAPIST"], practice.id);
    const stranger = await enrolled(["THERAPIST"]);
    await expect(resetStaffMfa(colleague.actor, owner.user.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetStaffMfa(owner.actor, owner.user.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(resetStaffMfa(owner.actor, stranger.user.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getMfaStatus(owner.actor)).enabled).toBe(true);
    expect((await getMfaStatus(stranger.actor)).enabled).toBe(true);
  });
});

describe("the practice requires MFA for roles", () => {
  test("a therapist without MFA must enrol first (the API answers 403 mfa_required but for /me and /me/mfa); intake is not affected", async () => {
    const practice = await f.createPractice();
    const owner = await member(["OWNER"], practice.id);
    const therapist = await member(["THERAPIST"], practice.id);
    const intake = await member(["INTAKE"], practice.id);
    await expect(setMfaRequiredRoles(therapist.actor, { requiredRoles: [] })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await setMfaRequiredRoles(owner.actor, { requiredRoles: ["THERAPIST", "THERAPIST"] })).toEqual({ requiredRoles: ["THERAPIST"] });
    expect((await getMfaPolicy(owner.actor)).staff.find((s) => s.id === therapist.user.id)).toMatchObject({ mfaEnabled: false, mfaDue: true });

    const due = (await resolveSession((await signIn(therapist.user.email))!.sessionId, rid()))!;
    expect(due.mfaDue).toBe(true);
    expect((await resolveSession((await signIn(intake.user.email))!.sessionId, rid()))!.mfaDue).toBe(false);
    const blocked = await call(clientsRoute.GET, due, "/api/v1/clients");
    expect(blocked.status).toBe(403);
    expect(blocked.json.error?.code).toBe("mfa_required");
    expect((await call(meRoute.GET, due, "/api/v1/me")).status).toBe(200);

    const setup = await call(setupRoute.POST, due, "/api/v1/me/mfa/setup", {});
    expect(setup.status).toBe(200);
    await enableMfa(due, { code: totpCode(setup.json.secret as string, Date.now()) });
    const after = (await resolveSession(due.sessionId, rid()))!;
    expect(after.mfaDue).toBe(false);
    expect((await call(clientsRoute.GET, after, "/api/v1/clients")).status).toBe(200);
  });
});
