// MFA for staff (DESIGN.md "Sessions and sign-in", docs/decisions/0030-mfa.md): TOTP codes after
// RFC 6238 (SHA-1, 6 digits, 30 s steps, one step either side accepted, each step once), ten
// one-time recovery codes stored as hashes, and the TOTP secret sealed at rest. Pure: no I/O,
// no environment; callers pass the time, the last step used and the key.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { HOTP, Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of now: a phone's clock a little off, a code typed as it turns. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** The issuer authenticator apps show beside the account. */
export const MFA_ISSUER = "Lakeshore Practice";

const ALGORITHM = "SHA1";

/** The time step `atMs` falls in (RFC 6238's T). */
export function stepAt(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** A new random TOTP secret, base32 (160 bits, RFC 4226's recommendation). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an authenticator app reads from the QR code. */
export function otpauthUrl(secret: string, account: string): string {
  return new TOTP({
    issuer: MFA_ISSUER, label: account, algorithm: ALGORITHM, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  }).toString();
}

/** The code of one time step. */
export function totpCodeForStep(secret: string, step: number): string {
  return HOTP.generate({ secret: Secret.fromBase32(secret), algorithm: ALGORITHM, digits: TOTP_DIGITS, counter: step });
}

/** The code an authenticator app shows at `atMs`. */
export function totpCode(secret: string, atMs: number): string {
  return totpCodeForStep(secret, stepAt(atMs));
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A 6-digit code, spaces allowed ("123 456"), or null. */
export function asTotpCode(input: string): string | null {
  const compact = input.replace(/\s+/g, "");
  return /^\d{6}$/.test(compact) ? compact : null;
}

/**
 * The time step whose code `code` is, within one step of `nowMs`, and later than `lastStep` (a
 * code already accepted, or an older one, is refused: RFC 6238 section 5.2); null otherwise.
 */
export function matchTotp(secret: string, input: string, nowMs: number, lastStep: number | null): number | null {
  const code = asTotpCode(input);
  if (!code) return null;
  const now = stepAt(nowMs);
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step += 1) {
    if (lastStep !== null && step <= lastStep) continue;
    if (sameText(totpCodeForStep(secret, step), code)) return step;
  }
  return null;
}

// Recovery codes: 16 symbols of Crockford's base32 (80 random bits, so a plain SHA-256 of each
// is safe to store), shown as four groups of four. Typing is forgiving: case, spaces and dashes
// do not matter, and o, i, l read as 0, 1, 1.
const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_LENGTH = 16;

/** Ten new recovery codes, formatted "abcd-efgh-jkmn-pqrs". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    let bits = 0;
    let value = 0;
    let out = "";
    for (const byte of bytes) {
      value = ((value << 8) | byte) & 0xffff; // at most 12 bits are pending
      bits += 8;
      while (bits >= 5) {
        out += CROCKFORD[(value >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    return out.match(/.{4}/g)!.join("-");
  });
}

/** The canonical form of a typed recovery code (16 symbols, no dashes), or null when it is not one. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]+/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
  if (compact.length !== RECOVERY_LENGTH) return null;
  return [...compact].every((c) => CROCKFORD.includes(c)) ? compact : null;
}

/** What is stored of a recovery code: bound to its user, so equal codes of two users differ. */
export function hashRecoveryCode(userId: string, code: string): string | null {
  const normal = normalizeRecoveryCode(code);
  if (!normal) return null;
  return createHash("sha256").update(`lakeshore-recovery-v1\n${userId}\n${normal}`).digest("hex");
}

// The TOTP secret at rest: AES-256-GCM under a key derived from AUTH_SECRET by HKDF, with the
// user id as associated data (a sealed secret copied onto another user does not open).
const SEALED_PREFIX = "v1.";

/** The key that seals TOTP secrets, derived from the server's AUTH_SECRET. */
export function mfaKey(authSecret: string): Buffer {
  if (authSecret.length < 16) throw new Error("AUTH_SECRET is missing or too short to derive the MFA key");
  return Buffer.from(hkdfSync("sha256", authSecret, "lakeshore-mfa", "totp-secret-v1", 32));
}

export function sealSecret(key: Buffer, userId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The secret, or null when it was sealed for another user or under another key. */
export function openSecret(key: Buffer, userId: string, sealed: string): string | null {
  if (!sealed.startsWith(SEALED_PREFIX)) return null;
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), "base64url");
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12)).setAAD(Buffer.from(userId));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
