"use server";

import { notFound, redirect } from "next/navigation";
import { toFormResult, type FormResult } from "@/components/intake/form-errors";
import { requireUser } from "@/lib/auth/session";
import { assignIntake } from "@/lib/data/intake/assign";
import { createIntake, updateIntake } from "@/lib/data/intake/write";
import { getIntake } from "@/lib/data/intake/intakes";
import { isActionFailure, safeAction } from "@/lib/actions/safe-action";
import { id as idSchema } from "@/lib/validation/common";
import { instantOf, isoWithOffset, isTimeZone } from "@/lib/domain/time-zone";
import { intakeFormCreate } from "@/lib/validation/intake";

/** Files the request from the form's values; on success goes to its page, else says what to fix. */
export async function createIntakeAction(payload: unknown): Promise<FormResult> {
  const actor = await requireUser();
  let id: string;
  try {
    id = (await createIntake(actor, payload, intakeFormCreate)).id;
  } catch (error) {
    return toFormResult(error);
  }
  redirect(`/intake/${id}?filed=1`);
}

/** Assign (after the confirmation step) or waitlist, from the matches page. */
export async function assignAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const actor = await requireUser();
  const intakeId = idSchema.safeParse(form.get("intakeId"));
  if (!intakeId.success) return { message: "This request no longer exists." };
  const waitlist = form.get("mode") === "waitlist";
  try {
    const input = waitlist
      ? { waitlist: true, reason: String(form.get("reason") ?? "") }
      : { clinicianId: String(form.get("clinicianId") ?? ""), firstAppointment: firstAppointmentOf(form) };
    await assignIntake(actor, intakeId.data, input);
  } catch (error) {
    return toFormResult(error);
  }
  redirect(`/intake/${intakeId.data}?${waitlist ? "waitlisted" : "assigned"}=1`);
}

/**
 * The first session chosen in the assign step: an offered slot (ISO with offset), or a
 * wall-clock time typed in the practice's zone; none when "Do not book yet".
 */
function firstAppointmentOf(form: FormData) {
  const slot = String(form.get("firstSlot") ?? "none");
  if (slot === "none") return undefined;
  const durationMinutes = Number(form.get("firstMinutes") ?? 50);
  const telehealth = form.get("firstTelehealth") === "on";
  if (slot !== "other") return { startsAt: slot, durationMinutes, telehealth };
  const local = String(form.get("firstLocal") ?? "");
  const zone = String(form.get("timeZone") ?? "");
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  // Left unparseable, the schema refuses it with a message in words.
  const startsAt = match && isTimeZone(zone) ? isoWithOffset(instantOf(match[1]!, match[2]!, zone), zone) : local;
  return { startsAt, durationMinutes, telehealth };
}

/** Links one person of the request to a client on file (or unlinks them), from the duplicates panel. */
export async function linkClientAction(form: FormData): Promise<void> {
  const actor = await requireUser();
  const intakeId = formIntakeId(form);
  const index = Number(form.get("index"));
  const clientId = String(form.get("clientId") ?? "") || null;
  const outcome = await safeAction(async () => {
    const intake = await getIntake(actor, intakeId);
    const clients = intake.clients.map((c, i) => (i === index ? { ...c, clientId } : c));
    return updateIntake(actor, intakeId, { clients, version: intake.version });
  })();
  redirect(`/intake/${intakeId}${isActionFailure(outcome) ? "?failed=link" : ""}`);
}

/** Closes a request nobody will take up, or reopens a closed one. */
export async function setIntakeStatusAction(form: FormData): Promise<void> {
  const actor = await requireUser();
  const intakeId = formIntakeId(form);
  const outcome = await safeAction(() => updateIntake(actor, intakeId, { status: form.get("status") === "CLOSED" ? "CLOSED" : "NEW" }))();
  redirect(`/intake/${intakeId}${isActionFailure(outcome) ? "?failed=status" : ""}`);
}

/** The request a form names; a malformed id names none: the not-found page (404), never a 500. */
function formIntakeId(form: FormData): string {
  const parsed = idSchema.safeParse(form.get("intakeId"));
  if (!parsed.success) notFound();
  return parsed.data;
}
