"use server";

import { revalidatePath } from "next/cache";
import { STATUS_LABELS, type CaseResult } from "@/components/cases/result";
import { actionFailure } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/session";
import { updateClient } from "@/lib/data/clients/clients";
import { updateCouple } from "@/lib/data/clients/couples-write";
import { ConflictError } from "@/lib/data/errors";
import { id as idSchema } from "@/lib/validation/common";

// The Case panel's forms (components/cases/case-controls.tsx): each sends the version the page
// showed, so a change made elsewhere meanwhile is refused with both versions in words.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

function bodyOf(intent: string | undefined, form: FormData, version: number): Record<string, unknown> | null {
  if (intent === "discharge") return { status: "DISCHARGED", dischargeReason: text(form, "dischargeReason") ?? null, dischargedOn: text(form, "dischargedOn") ?? null, version };
  if (intent === "reopen") return { status: "ACTIVE", version };
  if (intent === "reassign") return { assignedClinicianId: text(form, "assignedClinicianId") ?? null, reason: text(form, "reason") ?? null, version };
  return null;
}

/** The conflict in words: what the case is now against what the page showed. */
function conflictMessage(error: ConflictError, shown: string | undefined): string {
  const current = (error.details as { current?: { status?: string; dischargeReason?: string | null } } | undefined)?.current;
  if (!current?.status) return error.message;
  const now = `${STATUS_LABELS[current.status] ?? current.status}${current.dischargeReason ? ` (${current.dischargeReason})` : ""}`;
  const before = shown ? STATUS_LABELS[shown] ?? shown : "as shown";
  return `${error.message} This page showed the case as ${before}; it is now ${now}, perhaps with another clinician. Reload the page to see the current case; what you typed here is kept until you do.`;
}

export async function caseAction(_: CaseResult, form: FormData): Promise<CaseResult> {
  const kind = form.get("kind") === "couple" ? "couple" : "client";
  const target = idSchema.safeParse(form.get("id"));
  const version = Number(form.get("version"));
  const intent = text(form, "intent");
  const body = bodyOf(intent, form, version);
  if (!target.success || !body || !Number.isInteger(version)) return { ok: false, message: "This form is out of date. Reload the page." };
  try {
    const actor = await requireUser();
    await (kind === "client" ? updateClient(actor, target.data, body) : updateCouple(actor, target.data, body));
    revalidatePath(`/${kind === "client" ? "clients" : "couples"}/${target.data}`);
    const done = intent === "discharge" ? "Discharged." : intent === "reopen" ? "Reopened: the case is active again." : "Reassigned.";
    return { ok: true, message: done };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, message: conflictMessage(error, text(form, "shownStatus")) };
    const failure = actionFailure(error);
    return { ok: false, message: failure.error, fieldErrors: failure.fieldErrors };
  }
}
