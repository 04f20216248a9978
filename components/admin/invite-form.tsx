"use client";

import { useActionState, useRef } from "react";
import { inviteStaffAction } from "@/app/(app)/admin/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FieldMessage, fieldProps, FormStatus, input, primaryButton } from "@/components/admin/form-status";
import { OneTimeLink } from "@/components/admin/one-time-link";
import { RoleFields } from "@/components/admin/role-fields";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** Invites a staff member and shows their one-time set-password link, once. */
export function InviteForm() {
  const [result, action, pending] = useActionState<AdminResult, FormData>(inviteStaffAction, {});
  const form = useRef<HTMLFormElement>(null);
  const formSubmit = useKeptForm(form, action, result, { resetOnSuccess: true });
  const name = fieldProps(result, "name", "invite-name");
  const email = fieldProps(result, "email", "invite-email");
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm">
      <form ref={form} onSubmit={formSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
        <div>
          <label htmlFor="invite-name" className="block text-sm font-medium">Full name</label>
          <input id="invite-name" name="name" autoComplete="off" className={input} {...name.props} />
          <FieldMessage id="invite-name" message={name.message} />
        </div>
        <div>
          <label htmlFor="invite-email" className="block text-sm font-medium">Email</label>
          <input id="invite-email" name="email" type="email" autoComplete="off" className={input} {...email.props} />
          <FieldMessage id="invite-email" message={email.message} />
        </div>
        <RoleFields prefix="invite" roles={[]} errors={result.fieldErrors} disciplineHint="A therapist gets a clinician profile, not yet accepting new clients until you complete it." />
        <div className="md:col-span-2">
          <button type="submit" disabled={pending} className={primaryButton}>{pending ? "Inviting…" : "Invite"}</button>
        </div>
      </form>
      <div className="mt-3"><FormStatus result={result} /></div>
      {result.ok && result.linkPath && result.linkFor && result.expiresAt ? <OneTimeLink path={result.linkPath} name={result.linkFor} expiresAt={result.expiresAt} /> : null}
    </div>
  );
}
