import { z } from "zod";
import { id, isoDate, optionalText, pageQuery, trimmed } from "@/lib/validation/common";

export const CLIENT_STATUSES = ["INQUIRY", "WAITLISTED", "ACTIVE", "DISCHARGED"] as const;
export const clientStatus = z.enum(CLIENT_STATUSES);

const name = trimmed(80).min(1, "Required.");

/** Create a client. `practiceId` is not a field: the practice is always the caller's own. */
export const clientCreate = z.object({
  firstName: name,
  lastName: name,
  dateOfBirth: isoDate.refine((d) => d <= new Date().toISOString().slice(0, 10), "Date of birth cannot be in the future."),
  email: z.string().trim().email("Not a valid email address.").max(200).nullish().transform((v) => v ?? null),
  phone: optionalText(40),
  pronouns: optionalText(40),
  status: clientStatus.optional(),
  assignedClinicianId: id.nullish(),
  locationId: id.nullish(),
});
export type ClientCreate = z.infer<typeof clientCreate>;

/** The version a PATCH was based on: optional in the API; when sent and stale, 409 with the current record. */
export const version = z.number().int().min(1).max(2_147_483_647);

/**
 * The case lifecycle fields of a PATCH (DESIGN.md "Case lifecycle"): a status move, a discharge's
 * reason and date, a reassignment and its reason. Permission "case:manage", not "client:update".
 */
export const lifecycleFields = {
  dischargeReason: trimmed(500).nullish(),
  dischargedOn: isoDate.nullish(),
  reason: trimmed(500).nullish(),
};
export const LIFECYCLE_KEYS = ["status", "assignedClinicianId", "dischargeReason", "dischargedOn", "reason"] as const;

export const clientUpdate = clientCreate
  .partial()
  .extend({ version: version.optional(), ...lifecycleFields })
  .refine((v) => Object.keys(v).some((k) => k !== "version"), "Send at least one field to change.");
export type ClientUpdate = z.infer<typeof clientUpdate>;

export const clientListQuery = pageQuery.extend({
  q: trimmed(100).optional(),
  status: clientStatus.optional(),
  locationId: id.optional(),
});
export type ClientListQuery = z.infer<typeof clientListQuery>;

export const coupleListQuery = pageQuery.extend({ status: clientStatus.optional() });
