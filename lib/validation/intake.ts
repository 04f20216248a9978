import { z } from "zod";
import { CONCERNS, MODALITIES } from "@/lib/domain/matching/vocabulary";
import { version } from "@/lib/validation/client";
import { id, isoDate, optionalText, pageQuery, trimmed } from "@/lib/validation/common";

export const concern = z.enum(CONCERNS, { error: "Not one of the listed concerns." });
export const modality = z.enum(MODALITIES, { error: "Not a service type: INDIVIDUAL, COUPLES, FAMILY or CHILD_ADOLESCENT." });
export const INTAKE_STATUSES = ["NEW", "MATCHED", "WAITLISTED", "CLOSED"] as const;
export const URGENCIES = ["ROUTINE", "SOON", "URGENT"] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().regex(HHMM, "Use the 24-hour form HH:MM.");

/** One weekly window: weekday 0 (Sunday) to 6, from before to. */
export const availabilityWindow = z
  .object({ weekday: z.number().int().min(0, "Weekday 0-6.").max(6, "Weekday 0-6."), from: hhmm, to: hhmm })
  // Only compared once both times are well formed: one bad time is one issue, not two.
  .refine((w) => !HHMM.test(w.from) || !HHMM.test(w.to) || w.from < w.to, { message: "The end time must be after the start time.", path: ["to"] });
export const availabilityList = z.array(availabilityWindow).max(42, "At most 42 windows.");

const name = trimmed(80).min(1, "Required.");

/** A person in the request. `clientId` links them to a client already on file. */
export const intakePerson = z.object({
  firstName: name,
  lastName: name,
  dateOfBirth: isoDate.refine((d) => d <= new Date().toISOString().slice(0, 10), "Date of birth cannot be in the future.").nullish()
    .transform((v) => v ?? null),
  email: z.string().trim().email("Not a valid email address.").max(200).or(z.literal("")).nullish().transform((v) => v || null),
  phone: optionalText(40),
  clientId: id.nullish().transform((v) => v ?? null),
});
export type IntakePerson = z.infer<typeof intakePerson>;

const preferences = z.object({ clinicianGender: optionalText(40), language: optionalText(60) });
const payment = z.object({ type: z.enum(["INSURANCE", "SELF_PAY"]), insurer: optionalText(120) });
const riskScreen = z.object({ selfHarm: z.boolean().default(false), violence: z.boolean().default(false), substance: z.boolean().default(false) });

const fields = {
  kind: z.enum(["INDIVIDUAL", "COUPLE"]),
  clients: z.array(intakePerson).min(1, "At least one person.").max(2, "At most two people (a couple)."),
  concerns: z.array(concern).min(1, "Choose at least one concern.").max(CONCERNS.length).transform((list) => [...new Set(list)]),
  serviceType: modality,
  locationIds: z.array(id).max(20).transform((list) => [...new Set(list)]),
  telehealthOk: z.boolean(),
  availability: availabilityList,
  preferences,
  payment,
  urgency: z.enum(URGENCIES),
  riskScreen,
};

/** Exactly one person for an individual request, exactly two for a couple. */
export function peopleCountIssue(kind: "INDIVIDUAL" | "COUPLE", count: number): string | null {
  if (kind === "COUPLE" && count !== 2) return "A couple request needs both partners (exactly two people).";
  if (kind === "INDIVIDUAL" && count !== 1) return "An individual request has exactly one person.";
  return null;
}

/**
 * Create an intake request. Required: kind, clients, concerns, serviceType. `practiceId`,
 * `status`, `clientIds` and `coupleId` are not accepted here: the server decides them.
 */
export const intakeCreate = z
  .object({
    ...fields,
    locationIds: fields.locationIds.default([]),
    telehealthOk: fields.telehealthOk.default(false),
    availability: fields.availability.default([]),
    preferences: preferences.default({ clinicianGender: null, language: null }),
    payment: payment.default({ type: "SELF_PAY", insurer: null }),
    urgency: fields.urgency.default("ROUTINE"),
    riskScreen: riskScreen.default({ selfHarm: false, violence: false, substance: false }),
  })
  .superRefine((value, ctx) => {
    const issue = peopleCountIssue(value.kind, value.clients.length);
    if (issue) ctx.addIssue({ code: "custom", path: ["clients"], message: issue });
  });
export type IntakeCreate = z.infer<typeof intakeCreate>;

/** The UI asks for dates of birth up front: assigning creates client records, which need one. */
export const intakeFormCreate = intakeCreate.superRefine((value, ctx) => {
  value.clients.forEach((person, index) => {
    if (!person.dateOfBirth && !person.clientId) ctx.addIssue({ code: "custom", path: ["clients", index, "dateOfBirth"], message: "Required." });
  });
});

/** PATCH: any field of the create, plus `status` NEW (reopen) or CLOSED; MATCHED/WAITLISTED go through assign. */
export const intakeUpdate = z
  .object({ ...fields, status: z.enum(["NEW", "CLOSED"], { error: "Status can be set to NEW or CLOSED; use assign to match or waitlist." }), version })
  .partial()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), "Send at least one field to change.");
export type IntakeUpdate = z.infer<typeof intakeUpdate>;

export const intakeListQuery = pageQuery.extend({
  q: trimmed(100).optional(),
  status: z.enum(INTAKE_STATUSES).optional(),
});
export type IntakeListQuery = z.infer<typeof intakeListQuery>;

/** The queue page: one of its three sections (or all of them in queue order), a page at a time. */
export const intakeQueueQuery = pageQuery.extend({
  q: trimmed(100).optional(),
  status: z.enum(["NEW", "WAITLISTED", "MATCHED"]).optional(),
});

/**
 * Assign to a clinician, or put on the waitlist with a reason. `existingClientIds` (one per
 * person, null for "create a new record") links people to clients already on file; when absent,
 * the links stored on the request are used.
 */
/** The first session booked with an assignment (DESIGN.md, Appointments), in the same transaction. */
export const firstAppointment = z.object({
  startsAt: z.iso
    .datetime({ offset: true, error: "A date and time with its offset, e.g. 2026-12-08T15:00:00-05:00." })
    .refine((v) => {
      const at = Date.parse(v);
      return at > Date.now() - 60_000 && at < Date.now() + 366 * 86_400_000;
    }, "The first session is booked from now to a year ahead."),
  durationMinutes: z.number().int().min(5).max(480),
  locationId: id.nullish(),
  telehealth: z.boolean().optional(),
});
export type FirstAppointment = z.infer<typeof firstAppointment>;

export const intakeAssign = z.union([
  z.object({
    clinicianId: id,
    existingClientIds: z.array(id.nullable()).max(2).optional(),
    note: optionalText(2000),
    firstAppointment: firstAppointment.optional(),
  }),
  z.object({ waitlist: z.literal(true), reason: trimmed(2000).min(1, "Say why nobody fits.") }),
]);
export type IntakeAssign = z.infer<typeof intakeAssign>;

/** `?referenceDate=YYYY-MM-DD`: the day ages are measured on (default: today). */
export const matchQuery = z.object({ referenceDate: isoDate.optional() });
