"use server";

import { revalidatePath } from "next/cache";
import { adminError, type AdminResult } from "@/components/admin/admin-result";
import { actionId } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/session";
import { resetStaffMfa, setMfaRequiredRoles } from "@/lib/data/admin/mfa-policy";

// The practice's MFA settings. Each action re-reads the session and goes through lib/data, which
// checks that the actor is an owner: hiding the forms from others is a courtesy, not the check.

export async function setMfaPolicyAction(_: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const { requiredRoles } = await setMfaRequiredRoles(actor, { requiredRoles: form.getAll("requiredRoles") });
    revalidatePath("/admin/security");
    return { ok: true, message: requiredRoles.length ? "Saved. Who has no MFA yet is asked to set it up at their next page." : "Saved. MFA is now optional for everyone." };
  } catch (error) {
    return adminError(error);
  }
}

export async function resetMfaAction(userId: string): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const user = await resetStaffMfa(actor, actionId(userId, "Staff member"));
    revalidatePath("/admin/security");
    return { ok: true, message: `${user.name}'s MFA was reset and they were signed out everywhere.` };
  } catch (error) {
    return adminError(error);
  }
}
