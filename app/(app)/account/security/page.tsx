import type { Metadata } from "next";
import { MfaSettings } from "@/components/account/mfa-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserWhileEnrolling } from "@/lib/auth/session";
import { getMfaStatus } from "@/lib/data/sessions/mfa";

export const metadata: Metadata = { title: "Account security" };

/**
 * The signed-in user's own MFA. Also where someone whose role requires MFA, and who has none, is
 * sent before anything else (lib/auth/session.ts requireUser), so it accepts them.
 */
export default async function AccountSecurityPage() {
  const actor = await requireUserWhileEnrolling();
  const status = await getMfaStatus(actor);
  return (
    <>
      <PageHeader title="Account security">Signed in as {actor.email}.</PageHeader>
      {actor.mfaDue ? (
        <p className="mb-4 max-w-2xl rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Your practice requires MFA for your role. Set it up below to carry on; the rest of the app opens once it is on.
        </p>
      ) : null}
      <MfaSettings status={status} />
    </>
  );
}
