// MFA for staff (DESIGN.md "Sessions and sign-in", issue 9 item 2): setup, enable with ten
// one-time recovery codes, the code step of sign-in (counted towards the lockout), disable with
// the password, an owner's reset of a colleague's MFA (audited as the owner's act), and roles
// the practice requires MFA of. Codes are computed for the current 30 s step and the one after,
// both inside the ±1 step window whenever the server checks them.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import * as clientsRoute from "@/app/api/v1/clients/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as disableRoute from "@/app/api/v1/me/mfa/disable/route";
import * as enableRoute from "@/app/api/v1/me/mfa/enable/route";
import * as setupRoute from "@/app/api/v1/me/mfa/setup/route";
import { stepAt, totpCode, totpCodeForStep } from "@/lib/auth/mfa";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { getMfaPolicy, resetStaffMfa, setMfaRequiredRoles } from "@/lib/data/admin/mfa-policy";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, TooManyAttemptsError } from "@/lib/data/errors";
import { disableMfa, enableMfa, getMfaStatus, setupMfa } from "@/lib/data/sessions/mfa";
import { MfaCodeError, MfaRequiredError } from "@/lib/data/sessions/mfa-sign-in";
import { resolveSession, signInWithPassword } from "@/lib/data/sessions/sessions";
import * as f from "@/tests/factories";
import { ownerDb as db } from "@/tests/support/owner-db";

process.env.AUTH_SECRET ??= `test-secret-${randomUUID()}`;

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => current }));

const rid = () => randomUUID();
const nextStepCode = (secret: string) => totpCodeForStep(secret, stepAt(Date.now()) + 1);
/** A 6-digit code that no step of the window accepts. */
function wrongCode(secret: string): string {
  const now = stepAt(Date.now());
  const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpCodeForStep(secret, now + d)));
  for (let n = 0; ; n += 1) if (!valid.has(String(n).padStart(6, "0"))) return String(n).padStart(6, "0");
}

async function member(roles: Role[] = ["THERAPIST"], practiceId?: string) {
  const pid = practiceId ?? (await f.createPractice()).id;
  const user = await f.createUser(pid, roles);
  return { user, actor: await f.actorFor(user) };
}

/** A user who set MFA up and turned it on with the current step's code. */
async function enrolled(roles: Role[] = ["THERAPIST"], practiceId?: string) {
  const { user, actor } = await member(roles, practiceId);
  const { secret } = await setupMfa(actor);
  const { recoveryCodes } = await enableMfa(actor, { code: totpCode(secret, Date.now()) });
  return { user, actor, secret, recoveryCodes };
}

const signIn = (email: string, code?: string) => signInWithPassword(email, f.TEST_PASSWORD, rid(), code);
/** Sessions opened by signing in (not the one the test's actor was given). */
const sessionsOf = (who: { user: { id: string }; actor: Actor }) =>
  db().authSession.count({ where: { userId: who.user.id, NOT: { id: who.actor.sessionId } } });
const auditOf = (userId: string, action: string) => db().auditEvent.findMany({ where: { entityId: userId, action } });

async function call(handler: unknown, as: Actor, path: string, body?: unknown) {
  current = as;
  const init = body === undefined ? { method: "GET" } : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await (handler as (r: NextRequest, c: { params: Promise<object> }) => Promise<Response>)(
    new NextRequest(`http://localhost${path}`, init), { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: { code: string; issues?: { path: string[] }[] } } };
}

describe("setup and enable", () => {
  test("setup answers a base32 secret and its otpauth URL (SHA1, 6 digits, 30 s), and stores the secret sealed, not as is", async () => {
    const { user, actor } = await member();
    const setup = await setupMfa(actor);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(setup.otpauthUrl);
    expect(url.protocol).toBe("otpauth:");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ secret: setup.secret, algorithm: "SHA1", digits: "6", period: "30" });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaSecret).not.toContain(setup.secret);
    expect(row.mfaEnabledAt).toBeNull();
    expect(await getMfaStatus(actor)).toMatchObject({ enabled: false, pending: true });
  });

  test("a wrong code does not turn MFA on (400 naming code); a current one does and answers ten different recovery codes, kept only as hashes", async () => {
    const { user, actor } = await member();
    const { secret } = await setupMfa(actor);
    const refused = await enableMfa(actor, { code: wrongCode(secret) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as InvalidError).issues.map((i) => i.path.join("."))).toEqual(["code"]);
    expect((await getMfaStatus(actor)).enabled).toBe(false);

    const { recoveryCodes } = await enableMfa(actor, { code: totpCode(secret, Date.now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).mfaRecoveryCodes;
    expect(stored).toHaveLength(10);
    expect(stored.some((h) => recoveryCodes.some((c) => h.includes(c) || h.includes(c.replace(/-/g, ""))))).toBe(false);
    expect(await getMfaStatus(actor)).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    // A second setup would replace the secret in use: refused while MFA is on.
    await expect(setupMfa(actor)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("sign-in with MFA on", () => {
  test("the right password alone opens no session: it asks for the code", async () => {
    const who = await enrolled();
    const { user } = who;
    await expect(signIn(user.email)).rejects.toBeInstanceOf(MfaRequiredError);
    await expect(signIn(user.email, "")).rejects.toBeInstanceOf(MfaRequiredError);
    expect(await sessionsOf(who)).toBe(0);
  });

  test("a TOTP code signs in, once: the same code again is refused", async () => {
    const who = await enrolled();
    const { user, secret } = who;
    const code = nextStepCode(secret);
    const signedIn = await signIn(user.email, code);
    expect(signedIn?.userId).toBe(user.id);
    await expect(signIn(user.email, code)).rejects.toBeInstanceOf(MfaCodeError);
    expect(await sessionsOf(who)).toBe(1);
  });

  test("a code of a step outside the window is refused", async () => {
    const who = await enrolled();
    const { user, secret } = who;
    const now = stepAt(Date.now());
    await expect(signIn(user.email, totpCodeForStep(secret, now + 3))).rejects.toBeInstanceOf(MfaCodeError);
    await expect(signIn(user.email, totpCodeForStep(secret, now - 3))).rejects.toBeInstanceOf(MfaCodeError);
    expect(await sessionsOf(who)).toBe(0);
  });

  test("a recovery code signs in once (typed in capitals with spaces), is audited, and is then used up", async () => {
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[0]!;
    expect((await signIn(user.email, code.toUpperCase().replace(/-/g, " ")))?.userId).toBe(user.id);
    await expect(signIn(user.email, code)).rejects.toBeInstanceOf(MfaCodeError);
    expect((await signIn(user.email, recoveryCodes[1]!))?.userId).toBe(user.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mfaRecoveryCodes).toHaveLength(8);
    expect(await auditOf(user.id, "session.recovery-code")).toHaveLength(2);
  });

  test("another user's recovery code does not sign in", async () => {
    const { user } = await enrolled();
    const other = await enrolled();
    await expect(signIn(user.email, other.recoveryCodes[0]!)).rejects.toBeInstanceOf(MfaCodeError);
  });
});

describe("wrong codes count towards the lockout", () => {
  test("four wrong codes are refused as wrong, the fifth locks the account (429), and then even the right code is refused", async () => {
    const who = await enrolled();
    const { user, secret } = who;
    for (let i = 0; i < 4; i += 1) await expect(signIn(user.email, wrongCode(secret))).rejects.toBeInstanceOf(MfaCodeError);
    await expect(signIn(user.email, wrongCode(secret))).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(signIn(user.email, nextStepCode(secret))).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(await sessionsOf(who)).toBe(0);
    expect(await auditOf(user.id, "session.mfa-code")).toHaveLength(5);
  });

  test("the right password alone does not start the count again, so codes cannot be guessed past the limit", async () => {
    const who = await enrolled();
    const { user, secret } = who;
    for (let i = 0; i < 3; i += 1) await expect(signIn(user.email, wrongCode(secret))).rejects.toBeInstanceOf(MfaCodeError);
    await expect(signIn(user.email)).rejects.toBeInstanceOf(MfaRequiredError);
    await expect(signIn(user.email, wrongCode(secret))).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  test("12 parallel wrong codes: at most 5 are checked, the rest are 429", async () => {
    const who = await enrolled();
    const { user, secret } = who;
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => signIn(user.email, wrongCode(secret))));
    const reasons = results.map((r) => (r.status === "rejected" ? r.reason : r.value));
    expect(reasons.every((r) => r instanceof MfaCodeError || r instanceof TooManyAttemptsError)).toBe(true);
    expect(reasons.filter((r) => r instanceof TooManyAttemptsError).length).toBeGreaterThanOrEqual(7);
    const checked = (await auditOf(user.id, "session.mfa-code")).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(await sessionsOf(who)).toBe(0);
  });
});

describe("disable", () => {
  test("needs the password: a wrong one is 403 and MFA stays on; the right one turns it off, and sign-in needs no code again", async () => {
    const { user, actor } = await enrolled();
    await expect(disableMfa(actor, { password: "not the password" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getMfaStatus(actor)).enabled).toBe(true);
    expect(await disableMfa(actor, { password: f.TEST_PASSWORD })).toEqual({ mfaEnabled: false });
    expect(await getMfaStatus(actor)).toMatchObject({ enabled: false, pending: false, recoveryCodesLeft: 0 });
    expect((await signIn(user.email))?.userId).toBe(user.id);
  });

  test("five wrong passwords, then even the right one is 429 for 15 minutes", async () => {
    const { actor } = await enrolled();
    for (let i = 0; i < 5; i += 1) await expect(disableMfa(actor, { password: `wrong ${i}` })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(disableMfa(actor, { password: f.TEST_PASSWORD })).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect((await getMfaStatus(actor)).enabled).toBe(true);
  });
});

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
