import { z } from "zod";
import { APPOINTMENT_STATUSES } from "@/lib/domain/appointments/status";
import { inSupportedYears } from "@/lib/domain/calendar";
import { id, pageQuery } from "@/lib/validation/common";

/** The longest range one list may ask for: about a quarter. */
export const MAX_RANGE_DAYS = 92;
const DAY_MS = 86_400_000;

export const appointmentStatus = z.enum(APPOINTMENT_STATUSES);

/** An instant as ISO 8601 with its offset ("2026-12-03T09:00:00-05:00" or "...Z"), years 1900-2999. */
export const instant = z.iso
  .datetime({ offset: true, message: "Use an ISO date-time with an offset, e.g. 2026-12-03T09:00:00-05:00.", abort: true })
  .refine((v) => inSupportedYears(new Date(v).getUTCFullYear()), { message: "Use a year from 1900 to 2999.", abort: true })
  .transform((v) => new Date(v));

export const durationMinutes = z.number().int("Whole minutes.").min(5, "At least 5 minutes.").max(480, "At most 8 hours (480 minutes).");

/** Book an appointment: one client or one couple; at a location or by telehealth. */
export const appointmentCreate = z
  .object({
    clinicianId: id,
    clientId: id.nullish(),
    coupleId: id.nullish(),
    startsAt: instant,
    durationMinutes,
    locationId: id.nullish().transform((v) => v ?? null),
    telehealth: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    const targets = [value.clientId, value.coupleId].filter(Boolean).length;
    if (targets !== 1) {
      const message = targets === 0 ? "Send clientId (individual session) or coupleId (couple session)." : "Send only one of clientId or coupleId.";
      ctx.addIssue({ code: "custom", path: ["clientId"], message });
      ctx.addIssue({ code: "custom", path: ["coupleId"], message });
    }
    placeIssue(value.telehealth, value.locationId, ctx);
  });
export type AppointmentCreate = z.output<typeof appointmentCreate>;

/** Telehealth, or a location: exactly one. */
export function placeIssue(telehealth: boolean, locationId: string | null, ctx: z.RefinementCtx) {
  if (telehealth === (locationId !== null)) {
    const message = telehealth ? "A telehealth appointment has no location." : "Choose a location, or telehealth.";
    ctx.addIssue({ code: "custom", path: ["locationId"], message });
  }
}

/** Change an appointment: its version, then a new time or length or place, or a status move. */
export const appointmentPatch = z
  .object({
    version: z.number().int().min(1),
    startsAt: instant.optional(),
    durationMinutes: durationMinutes.optional(),
    locationId: id.nullable().optional(),
    telehealth: z.boolean().optional(),
    status: appointmentStatus.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 1, "Send the version and at least one field to change.");
export type AppointmentPatch = z.output<typeof appointmentPatch>;

/** `?from=&to=` (required, at most 92 days apart, `to` after `from`), `?clinicianId=`, a page. */
export const appointmentListQuery = pageQuery
  .extend({ from: instant, to: instant, clinicianId: id.optional() })
  .superRefine((value, ctx) => {
    if (!(value.from instanceof Date) || !(value.to instanceof Date)) return;
    const span = value.to.getTime() - value.from.getTime();
    if (span <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "Use a `to` after `from`." });
    else if (span > MAX_RANGE_DAYS * DAY_MS) ctx.addIssue({ code: "custom", path: ["to"], message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.` });
  });
export type AppointmentListQuery = z.output<typeof appointmentListQuery>;

/** The appointment payload (DESIGN.md "Appointments"). */
export const appointmentDtoSchema = z.object({
  id: z.string(),
  clinicianId: z.string(),
  clientId: z.string().nullable().describe("Set for an individual session; null when coupleId is set"),
  coupleId: z.string().nullable().describe("Set for a couple session; null when clientId is set"),
  startsAt: z.string().describe("ISO 8601 date-time with the practice's UTC offset"),
  durationMinutes: z.number().int(),
  locationId: z.string().nullable(),
  telehealth: z.boolean(),
  status: appointmentStatus,
  noteId: z.string().nullable().describe("The session note written for it, if any"),
  version: z.number().int(),
});
export type AppointmentDto = z.infer<typeof appointmentDtoSchema>;
