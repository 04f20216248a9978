import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administration" };

const AREAS = [
  { href: "/admin/locations", title: "Locations", text: "Add, rename and deactivate the practice's sites." },
  { href: "/admin/staff", title: "Staff", text: "Invite people, set their roles, end their access." },
  { href: "/clinicians", title: "Clinician profiles", text: "Specialties, locations, availability and capacity that matching reads." },
  { href: "/audit", title: "Audit trail", text: "Who read or changed what, and when." },
  { href: "/admin/security", title: "Practice security", text: "Require MFA for roles; reset a colleague's MFA after a lost phone." },
  { href: "/admin/tokens", title: "API tokens", text: "Tokens for scripts and integrations: create, see when they were last used, revoke." },
];

export default async function AdminPage() {
  const actor = await requireUser();
  if (can(actor, "staff:manage") !== "any") redirect("/");
  return (
    <>
      <PageHeader title="Administration">Practice settings for owners.</PageHeader>
      <ul className="grid gap-4 md:grid-cols-2">
        {AREAS.map((a) => (
          <li key={a.href}>
            <Link href={a.href} className="block rounded-lg bg-white p-4 shadow-sm hover:bg-brand-50 focus-visible:bg-brand-50">
              <span className="font-semibold text-brand-900">{a.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{a.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
