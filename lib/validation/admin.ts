import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { id, isoDate, pageQuery, trimmed } from "@/lib/validation/common";

const name = trimmed(80).min(1, "Required.");
export const role = z.enum(ROLES);
export const DISCIPLINES = ["PSYCHOLOGY", "MFT", "COUNSELING", "SOCIAL_WORK"] as const;

export const locationCreate = z.object({
  name,
  address: trimmed(200).optional().transform((v) => v ?? ""),
});
export type LocationCreate = z.infer<typeof locationCreate>;

/** Rename, change the address, or (de)activate a location. */
export const locationUpdate = z
  .object({ name: name.optional(), address: trimmed(200).optional(), active: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.");
export type LocationUpdate = z.infer<typeof locationUpdate>;

const roles = z
  .array(role)
  .min(1, "Choose at least one role.")
  .transform((list) => [...new Set(list)]);

/**
 * Invite a staff member. A therapist needs a discipline: their clinician profile is created with
 * it (the rest of the profile is edited on the clinician's page).
 */
export const staffInvite = z
  .object({
    name,
    email: z.string().trim().toLowerCase().email("Not a valid email address.").max(200),
    roles,
    discipline: z.enum(DISCIPLINES).optional(),
  })
  .refine((v) => !v.roles.includes("THERAPIST") || v.discipline, { path: ["discipline"], message: "Choose the therapist's discipline." });
export type StaffInvite = z.infer<typeof staffInvite>;

export const staffRolesUpdate = z.object({ roles, discipline: z.enum(DISCIPLINES).optional() });
export type StaffRolesUpdate = z.infer<typeof staffRolesUpdate>;

/** The one-time token of a set-password link: 32 random bytes, base64url. */
export const passwordToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export const setPassword = z
  .object({
    password: z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

/** `GET /api/v1/audit-events` filters. `clientId` also finds events on that client's couples, notes and intake requests. */
export const auditQuery = pageQuery.extend({
  actorId: id.optional().describe("A user id"),
  entityId: id.optional().describe("Events on exactly this record"),
  clientId: id.optional().describe("Events on this client, their couples, notes and intake requests"),
  action: trimmed(80).min(1).optional().describe("Action, or its start: `note` matches note.read, note.sign, ..."),
  outcome: z.enum(["ALLOWED", "DENIED", "NOT_FOUND"]).optional(),
  from: isoDate.optional().describe("First day, YYYY-MM-DD (UTC)"),
  to: isoDate.optional().describe("Last day, YYYY-MM-DD (UTC)"),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** Like auditQuery, for a GET form where empty fields mean "any". */
export function parseAuditQuery(raw: Record<string, unknown>): AuditQuery {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => !(typeof v === "string" && v.trim() === "")));
  const parsed = auditQuery.parse(cleaned);
  if (parsed.from && parsed.to && parsed.from > parsed.to) {
    throw new z.ZodError([{ code: "custom", path: ["from"], message: "The start date must be on or before the end date.", input: parsed.from }]);
  }
  return parsed;
}
