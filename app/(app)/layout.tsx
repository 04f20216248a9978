import type { ReactNode } from "react";
import { AccessResetNotice } from "@/components/access-reset-notice";
import { AppNav } from "@/components/app-nav";
import { requireUserWhileEnrolling } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page requires the user itself (and sends one who must enrol in MFA to do so first); the
  // layout also wraps that enrolment page, so it only hides the links until then.
  const actor = await requireUserWhileEnrolling();
  return (
    <>
      <AppNav name={actor.name} roles={actor.mfaDue ? [] : actor.roles} />
      <AccessResetNotice reset={actor.accessReset} sealed={!!actor.privateNotesSealedBefore} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
