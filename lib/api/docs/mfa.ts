import { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";
import { mfaDisableInput, mfaEnableInput } from "@/lib/validation/mfa";

// The caller's own MFA (DESIGN.md "Sessions and sign-in"): TOTP after RFC 6238 (SHA-1, 6 digits,
// 30 s). Until it is on, a user whose role the practice requires MFA of gets 403 `mfa_required`
// from every other route except GET /api/v1/me.

const setup = z.object({
  secret: z.string().describe("The TOTP secret, base32, for typing into an authenticator app"),
  otpauthUrl: z.string().describe("otpauth://totp/... for the QR code (SHA1, 6 digits, period 30)"),
});
const enabled = z.object({
  recoveryCodes: z.array(z.string()).length(10).describe("Ten one-time recovery codes, shown this once; each signs in once in place of a TOTP code"),
});
const disabled = z.object({ mfaEnabled: z.literal(false) });

export const mfaRoutes: RouteDoc[] = [
  {
    method: "post", path: "/api/v1/me/mfa/setup",
    summary: "Start MFA setup: a new TOTP secret that waits for its first code (replaces an unfinished setup); 409 while MFA is on",
    access: "any signed-in user, for their own account", response: setup, errors: [401, 403, 409],
  },
  {
    method: "post", path: "/api/v1/me/mfa/enable",
    summary: "Turn MFA on with a current code of the secret from setup; answers ten one-time recovery codes. A wrong code is 400 naming `code`",
    access: "any signed-in user, for their own account", body: mfaEnableInput, response: enabled, errors: [400, 401, 403, 409, 413],
  },
  {
    method: "post", path: "/api/v1/me/mfa/disable",
    summary: "Turn MFA off with the account's password: a wrong password is 403, five wrong ones in 15 minutes give 429",
    access: "any signed-in user, for their own account", body: mfaDisableInput, response: disabled, errors: [400, 401, 403, 409, 413, 429],
  },
];
