import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MfaPolicyForm } from "@/components/admin/mfa-policy-form";
import { MfaResetButton } from "@/components/admin/mfa-reset-button";
import { ROLE_LABELS } from "@/components/admin/staff-status";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getMfaPolicy, type StaffMfa } from "@/lib/data/admin/mfa-policy";

export const metadata: Metadata = { title: "Practice security" };

function mfaWords(s: StaffMfa): string {
  if (s.mfaEnabled) return "On";
  return s.mfaDue ? "Not set up: asked to at their next page" : "Not set up";
}

export default async function AdminSecurityPage() {
  const actor = await requireUser();
  if (can(actor, "staff:manage") !== "any") redirect("/");
  const policy = await getMfaPolicy(actor);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin" className="text-brand-700 underline">Administration</Link></p>
      <PageHeader title="Practice security">Who must sign in with MFA (a code from an authenticator app after the password), and who has it.</PageHeader>
      <section aria-labelledby="policy-heading" className="mb-8 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="policy-heading" className="mb-2 text-lg font-semibold">MFA requirement</h2>
        <MfaPolicyForm requiredRoles={policy.requiredRoles} />
      </section>
      <section aria-labelledby="staff-mfa-heading">
        <h2 id="staff-mfa-heading" className="mb-1 text-lg font-semibold">Staff</h2>
        <p className="mb-2 max-w-2xl text-sm text-slate-600">
          Resetting someone&apos;s MFA (a lost phone) signs them out everywhere; it gives you no way into their account. Your own MFA is
          on <Link href="/account/security" className="text-brand-700 underline">your security page</Link>.
        </p>
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="w-full text-sm">
            <caption className="sr-only">MFA of each staff member</caption>
            <thead className="bg-slate-100 text-left">
              <tr><th scope="col" className="p-2">Name</th><th scope="col" className="p-2">Roles</th><th scope="col" className="p-2">MFA</th><th scope="col" className="p-2"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody>
              {policy.staff.map((s) => (
                <tr key={s.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="p-2 text-left font-normal">{s.name}{s.active ? "" : " (deactivated)"}</th>
                  <td className="p-2">{s.roles.map((r) => ROLE_LABELS[r] ?? r).join(", ")}</td>
                  <td className="p-2">{mfaWords(s)}</td>
                  <td className="p-2">{s.mfaEnabled && s.id !== actor.id ? <MfaResetButton userId={s.id} name={s.name} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
