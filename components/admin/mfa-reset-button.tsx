"use client";

import { useActionState } from "react";
import { resetMfaAction } from "@/app/(app)/admin/security/actions";
import type { AdminResult } from "@/components/admin/admin-result";
import { FormStatus, secondaryButton } from "@/components/admin/form-status";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

/** An owner's reset of one colleague's MFA (a lost phone), asked once more before it is done. */
export function MfaResetButton({ userId, name }: { userId: string; name: string }) {
  const [result, reset] = useActionState<AdminResult, FormData>(resetMfaAction.bind(null, userId), {});
  return (
    <form action={reset}>
      <ConfirmSubmit label={`Reset MFA of ${name}`} pendingLabel="Resetting…"
        question={`Reset the MFA of ${name}? Their key and recovery codes are removed and they are signed out everywhere. They sign in with their own password and set MFA up again.`}
        confirmLabel={`Yes, reset MFA of ${name}`}
        className={`${secondaryButton} border-red-300 text-red-800 hover:bg-red-50`}
        confirmClassName="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60" />
      <div className="mt-1"><FormStatus result={result} /></div>
    </form>
  );
}
