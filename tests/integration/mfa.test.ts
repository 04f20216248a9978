// MFA for staff (DESIGN.md "Sessions and sign-in", issue 9 item 2): setup, enable with ten
// one-time recovery codes, the code step of sign-in (each code once, wrong codes counted towards
// the lockout), and disable with the password. mfa-policy.test.ts: the API, owners' reset and
// roles that require MFA.
import { describe, expect, test } from "vitest";
import { stepAt, totpCode, totpCodeForStep } from "@/lib/auth/mfa";
import { ConflictError, ForbiddenError, InvalidError, TooManyAttemptsError } from "@/lib/data/errors";
import { disableMfa, enableMfa, getMfaStatus, setupMfa } from "@/lib/data/sessions/mfa";
import { MfaCodeError, MfaRequiredError } from "@/lib/data/sessions/mfa-sign-in";
import * as f from "@/tests/factories";
import { auditOf, enrolled, member, nextStepCode, sessionsOf, signIn, wrongCode } from "@/tests/integration/mfa-world";
import { ownerDb as db } from "@/tests/support/owner-db";

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
