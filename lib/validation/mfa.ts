import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

/** `POST /api/v1/me/mfa/enable`: a current TOTP code of the secret from setup. */
export const mfaEnableInput = z.object({ code: z.string().trim().min(1, "Enter the code from your app.").max(64) });

/** `POST /api/v1/me/mfa/disable`: the account's own password. */
export const mfaDisableInput = z.object({ password: z.string().min(1, "Enter your password.").max(200) });

/** The practice's roles that must use MFA (none: nobody must). */
export const mfaPolicyInput = z.object({
  requiredRoles: z.array(z.enum(ROLES)).max(ROLES.length).transform((list) => [...new Set(list)]),
});
