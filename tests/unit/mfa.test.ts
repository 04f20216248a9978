// The pure MFA helpers: TOTP codes after RFC 6238 (SHA-1, 6 digits, 30 s), accepted one step
// either side of now and each step only once, recovery codes and their hashes, and the sealed
// secret. Times are given, never read from the clock.
import { describe, expect, test } from "vitest";
import {
  asTotpCode, hashRecoveryCode, matchTotp, mfaKey, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, openSecret,
  otpauthUrl, sealSecret, stepAt, totpCode, totpCodeForStep,
} from "@/lib/auth/mfa";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1; its 8-digit values end
// in these 6 digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => seconds * 1000;

describe("TOTP codes", () => {
  test("match RFC 6238's SHA-1 test vectors (6 digits)", () => {
    expect(totpCode(RFC_SECRET, at(59))).toBe("287082");
    expect(totpCode(RFC_SECRET, at(1111111109))).toBe("081804");
    expect(totpCode(RFC_SECRET, at(1234567890))).toBe("005924");
    expect(totpCode(RFC_SECRET, at(2000000000))).toBe("279037");
  });

  test("a step is 30 seconds", () => {
    expect(stepAt(at(29.999))).toBe(0);
    expect(stepAt(at(30))).toBe(1);
    expect(totpCode(RFC_SECRET, at(1111111109))).toBe(totpCodeForStep(RFC_SECRET, stepAt(at(1111111109))));
  });
});

describe("the code window", () => {
  const now = at(1_800_000_015);
  const step = stepAt(now);

  test("accepts the current step and one step either side, and says which step it was", () => {
    expect(matchTotp(RFC_SECRET, totpCodeForStep(RFC_SECRET, step), now, null)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCodeForStep(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCodeForStep(RFC_SECRET, step + 1), now, null)).toBe(step + 1);
  });

  test("refuses a code two steps or more away (a wrong step)", () => {
    for (const d of [-3, -2, 2, 3]) expect(matchTotp(RFC_SECRET, totpCodeForStep(RFC_SECRET, step + d), now, null)).toBeNull();
  });

  test("refuses a code of a step already used, or older, so an overheard code cannot be replayed", () => {
    const code = totpCodeForStep(RFC_SECRET, step);
    expect(matchTotp(RFC_SECRET, code, now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, code, now, step + 1)).toBeNull();
    expect(matchTotp(RFC_SECRET, code, now, step - 1)).toBe(step);
  });

  test("refuses another secret's code and anything that is not six digits", () => {
    const code = totpCodeForStep(RFC_SECRET, step);
    expect(matchTotp("JBSWY3DPEHPK3PXP", code, now, null)).toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) expect(matchTotp(RFC_SECRET, bad, now, null)).toBeNull();
  });

  test("takes a code typed with spaces", () => {
    expect(asTotpCode(" 123 456 ")).toBe("123456");
    expect(asTotpCode("123-456")).toBeNull();
  });
});

describe("setup secrets", () => {
  test("are 160 random bits in base32, with an otpauth URL an authenticator app reads", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const url = new URL(otpauthUrl(secret, "ada@practice.test"));
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(Object.fromEntries(url.searchParams)).toEqual({ issuer: "Lakeshore Practice", secret, algorithm: "SHA1", digits: "6", period: "30" });
    expect(decodeURIComponent(url.pathname)).toBe("/Lakeshore Practice:ada@practice.test");
  });
});

describe("recovery codes", () => {
  test("are ten different codes of four groups of four symbols, without letters one could misread", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  test("are read however they are typed: case, spaces and dashes do not matter, o/i/l read as 0/1/1", () => {
    expect(normalizeRecoveryCode("AB01-cd23-ef45-gh67")).toBe("ab01cd23ef45gh67");
    expect(normalizeRecoveryCode(" ab01 cd23 ef45 gh67 ")).toBe("ab01cd23ef45gh67");
    expect(normalizeRecoveryCode("abo1-cdi3-efl5-gh67")).toBe("ab01cd13ef15gh67");
  });

  test("anything else is not a recovery code", () => {
    for (const bad of ["", "123456", "ab01-cd23-ef45-gh6", "ab01-cd23-ef45-gh678", "ab01-cd23-ef45-gh6u", "ab01-cd23-ef45-gh6!"]) {
      expect(normalizeRecoveryCode(bad)).toBeNull();
      expect(hashRecoveryCode("user-1", bad)).toBeNull();
    }
  });

  test("are stored as a hash bound to their user: the same code typed differently matches, another user's does not", () => {
    const [code] = newRecoveryCodes(1) as [string];
    const hash = hashRecoveryCode("user-1", code)!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code.replace(/-/g, ""));
    expect(hashRecoveryCode("user-1", code.toUpperCase().replace(/-/g, " "))).toBe(hash);
    expect(hashRecoveryCode("user-2", code)).not.toBe(hash);
  });
});

describe("the secret at rest", () => {
  const key = mfaKey("an AUTH_SECRET of at least thirty-two characters");

  test("is sealed: the stored text does not contain the secret, and opens for its user only", () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(key, "user-1", secret);
    expect(sealed).not.toContain(secret);
    expect(sealSecret(key, "user-1", secret)).not.toBe(sealed);
    expect(openSecret(key, "user-1", sealed)).toBe(secret);
    expect(openSecret(key, "user-2", sealed)).toBeNull();
  });

  test("does not open under another AUTH_SECRET, nor once changed", () => {
    const sealed = sealSecret(key, "user-1", newTotpSecret());
    expect(openSecret(mfaKey("another AUTH_SECRET of thirty-two characters"), "user-1", sealed)).toBeNull();
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "B" : "A") + sealed.slice(-1);
    expect(openSecret(key, "user-1", flipped)).toBeNull();
    expect(openSecret(key, "user-1", "JBSWY3DPEHPK3PXP")).toBeNull();
  });

  test("needs a real AUTH_SECRET to derive its key", () => {
    expect(() => mfaKey("")).toThrow(/AUTH_SECRET/);
  });
});
