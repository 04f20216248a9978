"use server";

import { revalidatePath } from "next/cache";
import { toFormResult, type FormResult } from "@/components/intake/form-errors";
import { requireUser } from "@/lib/auth/session";
import { addIntakeContact } from "@/lib/data/intake/contacts";
import { id as idSchema } from "@/lib/validation/common";

export type ContactFormResult = FormResult & { ok?: boolean };

/** Logs a contact from the request page's form; on error says what to fix (the form keeps what was typed). */
export async function addContactAction(_previous: ContactFormResult, form: FormData): Promise<ContactFormResult> {
  const actor = await requireUser();
  const intakeId = idSchema.safeParse(form.get("intakeId"));
  if (!intakeId.success) return { message: "This request no longer exists." };
  try {
    await addIntakeContact(actor, intakeId.data, {
      kind: String(form.get("kind") ?? ""),
      outcome: String(form.get("outcome") ?? ""),
      note: String(form.get("note") ?? ""),
    });
  } catch (error) {
    return toFormResult(error);
  }
  revalidatePath(`/intake/${intakeId.data}`);
  return { ok: true, message: "Contact logged." };
}
