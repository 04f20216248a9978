import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { StaffControls } from "@/components/admin/staff-controls";
import { ROLE_LABELS, StaffStatusBadge } from "@/components/admin/staff-status";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getStaffMember } from "@/lib/data/admin/staff-common";
import { NotFoundError } from "@/lib/data/errors";
import { id as idSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Staff member" };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (can(actor, "staff:manage") !== "any") redirect("/");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await getStaffMember(actor, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/staff" className="text-brand-700 underline">All staff</Link></p>
      <PageHeader title={user.name}>{user.email} · {user.roles.map((r) => ROLE_LABELS[r] ?? r).join(", ")}</PageHeader>
      <p className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <StaffStatusBadge status={user.status} />
        {user.clinicianId ? (
          <Link href={`/clinicians/${user.clinicianId}`} className="text-brand-700 underline hover:text-brand-900">Clinician profile (specialties, locations, capacity)</Link>
        ) : null}
      </p>
      <StaffControls user={user} self={user.id === actor.id} />
    </>
  );
}
