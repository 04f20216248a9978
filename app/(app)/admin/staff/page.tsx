import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InviteForm } from "@/components/admin/invite-form";
import { ROLE_LABELS, StaffStatusBadge } from "@/components/admin/staff-status";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listStaff } from "@/lib/data/admin/staff-common";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const actor = await requireUser();
  if (can(actor, "staff:manage") !== "any") redirect("/");
  const staff = await listStaff(actor);
  return (
    <>
      <PageHeader title="Staff">Invite people, give them roles, and end access when they leave.</PageHeader>
      <section aria-labelledby="invite-heading" className="mb-8">
        <h2 id="invite-heading" className="mb-2 text-lg font-semibold">Invite a staff member</h2>
        <InviteForm />
      </section>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-2 text-lg font-semibold">Everyone</h2>
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="w-full text-sm">
            <caption className="sr-only">Staff of the practice</caption>
            <thead className="bg-slate-100 text-left">
              <tr><th scope="col" className="p-2">Name</th><th scope="col" className="p-2">Email</th><th scope="col" className="p-2">Roles</th><th scope="col" className="p-2">Status</th></tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <th scope="row" className="p-2 text-left font-normal">
                    <Link href={`/admin/staff/${s.id}`} className="text-brand-700 underline hover:text-brand-900">{s.name}</Link>
                  </th>
                  <td className="p-2">{s.email}</td>
                  <td className="p-2">{s.roles.map((r) => ROLE_LABELS[r] ?? r).join(", ")}</td>
                  <td className="p-2"><StaffStatusBadge status={s.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
