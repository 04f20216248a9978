"use server";

import { redirect } from "next/navigation";
import { toFormResult, type FormResult } from "@/components/intake/form-errors";
import { requireUser } from "@/lib/auth/session";
import { updateClinician } from "@/lib/data/clinicians/profile";
import { id as idSchema } from "@/lib/validation/common";

/** Saves a clinician profile from the edit form; on success back to the profile. */
export async function updateClinicianAction(clinicianId: string, payload: unknown): Promise<FormResult> {
  const actor = await requireUser();
  const id = idSchema.safeParse(clinicianId);
  if (!id.success) return { message: "This profile no longer exists." };
  try {
    await updateClinician(actor, id.data, payload);
  } catch (error) {
    return toFormResult(error);
  }
  redirect(`/clinicians/${id.data}?saved=1`);
}
