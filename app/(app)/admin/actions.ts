"use server";

import { revalidatePath } from "next/cache";
import { adminError, text, type AdminResult } from "@/components/admin/admin-result";
import { requireUser } from "@/lib/auth/session";
import { createLocation, updateLocation } from "@/lib/data/admin/locations";
import { deactivateStaff, inviteStaff, issuePasswordLink, reactivateStaff, setStaffRoles } from "@/lib/data/admin/staff";
import { id } from "@/lib/validation/common";

// Each action re-reads the session (requireUser) and goes through lib/data, which checks that
// the actor is an owner: hiding the forms from others is a courtesy, not the check.

export async function createLocationAction(_: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const location = await createLocation(actor, { name: text(form, "name"), address: text(form, "address") });
    revalidatePath("/admin/locations");
    return { ok: true, message: `${location.name} was added.` };
  } catch (error) {
    return adminError(error);
  }
}

export async function updateLocationAction(locationId: string, _: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const change = form.has("active")
      ? { active: text(form, "active") === "true" }
      : { name: text(form, "name"), address: text(form, "address") };
    const location = await updateLocation(actor, id.parse(locationId), change);
    revalidatePath("/admin/locations");
    const what = "active" in change ? (location.active ? "reopened" : "deactivated") : "saved";
    return { ok: true, message: `${location.name} was ${what}.` };
  } catch (error) {
    return adminError(error);
  }
}

export async function inviteStaffAction(_: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const discipline = text(form, "discipline");
    const issued = await inviteStaff(actor, { name: text(form, "name"), email: text(form, "email"), roles: form.getAll("roles"), ...(discipline ? { discipline } : {}) });
    revalidatePath("/admin/staff");
    return { ok: true, message: `${issued.user.name} was invited.`, linkPath: `/set-password/${issued.token}`, linkFor: issued.user.name, expiresAt: issued.expiresAt };
  } catch (error) {
    return adminError(error);
  }
}

export async function setRolesAction(userId: string, _: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const discipline = text(form, "discipline");
    const user = await setStaffRoles(actor, id.parse(userId), { roles: form.getAll("roles"), ...(discipline ? { discipline } : {}) });
    revalidatePath(`/admin/staff/${user.id}`);
    return { ok: true, message: `${user.name}'s roles were saved.` };
  } catch (error) {
    return adminError(error);
  }
}

export async function setActiveAction(userId: string, _: AdminResult, form: FormData): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const activate = text(form, "active") === "true";
    const user = activate ? await reactivateStaff(actor, id.parse(userId)) : await deactivateStaff(actor, id.parse(userId));
    revalidatePath(`/admin/staff/${user.id}`);
    return { ok: true, message: activate ? `${user.name} can sign in again.` : `${user.name} was deactivated and signed out everywhere.` };
  } catch (error) {
    return adminError(error);
  }
}

export async function issueLinkAction(userId: string): Promise<AdminResult> {
  const actor = await requireUser();
  try {
    const issued = await issuePasswordLink(actor, id.parse(userId));
    revalidatePath(`/admin/staff/${issued.user.id}`);
    return { ok: true, message: "A new link was made; earlier links no longer work.", linkPath: `/set-password/${issued.token}`, linkFor: issued.user.name, expiresAt: issued.expiresAt };
  } catch (error) {
    return adminError(error);
  }
}
