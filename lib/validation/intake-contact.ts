import { z } from "zod";
import { NO_NUL, trimmed } from "@/lib/validation/common";

/** How staff reached (or tried to reach) the person who asked for help. */
export const CONTACT_KINDS = ["CALL", "MESSAGE", "EMAIL", "VOICEMAIL"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** How far ahead of the server's clock a contact may be dated (a device clock a little fast). */
export const CONTACT_FUTURE_SLACK_MS = 5 * 60_000;

/** A contact is logged when it happened: never before 1900, never in the future. */
const contactTime = z
  .string()
  .datetime({ offset: true, error: "A date and time with its offset, e.g. 2026-12-03T09:30:00-05:00.", abort: true })
  .transform((value) => new Date(value))
  .refine((at) => at.getUTCFullYear() >= 1900, { error: "Use a year from 1900." })
  .refine((at) => at.getTime() <= Date.now() + CONTACT_FUTURE_SLACK_MS, { error: "A contact cannot be logged in the future." });

export const intakeContactCreate = z.strictObject({
  kind: z.enum(CONTACT_KINDS, { error: "Choose call, message, email or voicemail." }),
  outcome: z.string().trim().min(1, "Say what came of it, e.g. \"Left a message\".").max(200).refine(...NO_NUL),
  note: trimmed(2000).optional().transform((v) => v ?? ""),
  at: contactTime.optional(),
});
export type IntakeContactCreate = z.output<typeof intakeContactCreate>;

export const intakeContactDto = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_KINDS),
  outcome: z.string(),
  note: z.string(),
  at: z.string().describe("ISO date-time (UTC) of the contact"),
  createdById: z.string().describe("User id of the staff member who logged it"),
});
export type IntakeContactDto = z.infer<typeof intakeContactDto>;

export const intakeContactList = z.object({ data: z.array(intakeContactDto).describe("Newest first") });
