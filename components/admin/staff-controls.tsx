"use client";

import { useActionState, useRef } from "react";
import { issueLinkAction, setActiveAction, setRolesAction } from "@/app/(app)/admin/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FormStatus, primaryButton, secondaryButton } from "@/components/admin/form-status";
import { OneTimeLink } from "@/components/admin/one-time-link";
import { RoleFields } from "@/components/admin/role-fields";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { StaffDto } from "@/lib/data/admin/staff";

/** An owner's controls for one staff member: roles, access, and a new set-password link. */
export function StaffControls({ user, self }: { user: StaffDto; self: boolean }) {
  const [roles, saveRoles, savingRoles] = useActionState<AdminResult, FormData>(setRolesAction.bind(null, user.id), {});
  const [access, setAccess, settingAccess] = useActionState<AdminResult, FormData>(setActiveAction.bind(null, user.id), {});
  const [link, issue, issuing] = useActionState<AdminResult, FormData>(issueLinkAction.bind(null, user.id), {});
  const rolesForm = useRef<HTMLFormElement>(null);
  const rolesFormSubmit = useKeptForm(rolesForm, saveRoles, roles);
  const linkForm = useRef<HTMLFormElement>(null);
  const linkFormSubmit = useKeptForm(linkForm, issue, link);
  return (
    <div className="space-y-8">
      <section aria-labelledby="roles-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="roles-heading" className="mb-2 text-lg font-semibold">Roles</h2>
        <form ref={rolesForm} onSubmit={rolesFormSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
          <RoleFields prefix="edit" roles={user.roles} errors={roles.fieldErrors}
            disciplineHint={user.clinicianId ? "They already have a clinician profile." : "Needed only when adding the therapist role: it creates their clinician profile."} />
          <div className="md:col-span-2">
            <button type="submit" disabled={savingRoles} className={primaryButton}>{savingRoles ? "Saving…" : "Save roles"}</button>
          </div>
        </form>
        <div className="mt-3"><FormStatus result={roles} /></div>
      </section>

      <section aria-labelledby="access-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="access-heading" className="mb-2 text-lg font-semibold">Access</h2>
        <p className="mb-3 text-sm text-slate-700">
          {user.active
            ? `Deactivating signs ${user.name} out everywhere at once and stops any set-password link. Their records and caseload stay.${self ? " You cannot deactivate your own account." : ""}`
            : user.status === "DEACTIVATED" ? `${user.name} cannot sign in.` : `${user.name} has not set a password yet.`}
        </p>
        {user.active || user.status === "DEACTIVATED" ? (
          <form action={setAccess}>
            <input type="hidden" name="active" value={user.active ? "false" : "true"} />
            {/* one button for both states, so focus stays on it when the answer swaps them */}
            <ConfirmSubmit ask={user.active} label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`} disabled={settingAccess || (user.active && self)}
              pendingLabel={user.active ? "Deactivating…" : "Reactivating…"}
              question={`Deactivate ${user.name}? They are signed out everywhere at once and cannot sign in until reactivated.`}
              confirmLabel={`Yes, deactivate ${user.name}`}
              className={user.active ? `${secondaryButton} border-red-300 text-red-800 hover:bg-red-50` : secondaryButton}
              confirmClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60" />
          </form>
        ) : null}
        <div className="mt-3"><FormStatus result={access} /></div>
      </section>

      <section aria-labelledby="link-heading" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="link-heading" className="mb-2 text-lg font-semibold">Set-password link</h2>
        <p className="mb-3 text-sm text-slate-700">
          {user.active || user.status === "DEACTIVATED"
            ? `For a forgotten password. This resets ${user.name}'s access: they are signed out everywhere now, they are told on every page that you reset it, and the private notes they wrote before stay sealed unless their own MFA guards their next sign-in. Earlier links stop working.`
            : "For an invitation that expired. Earlier links stop working; using the new one sets the password and activates the account."}
        </p>
        <form ref={linkForm} onSubmit={linkFormSubmit}>
          <button type="submit" disabled={issuing} className={secondaryButton}>Make a new set-password link</button>
        </form>
        <div className="mt-3"><FormStatus result={link} /></div>
        {link.ok && link.linkPath && link.linkFor && link.expiresAt ? <OneTimeLink path={link.linkPath} name={link.linkFor} expiresAt={link.expiresAt} /> : null}
      </section>
    </div>
  );
}
