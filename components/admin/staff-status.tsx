import type { StaffStatus } from "@/lib/data/admin/staff-common";

const WORDS: Record<StaffStatus, { label: string; style: string }> = {
  ACTIVE: { label: "Active", style: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  INVITED: { label: "Invited", style: "bg-sky-50 text-sky-800 ring-sky-200" },
  INVITE_EXPIRED: { label: "Invitation expired", style: "bg-amber-50 text-amber-900 ring-amber-200" },
  DEACTIVATED: { label: "Deactivated", style: "bg-slate-100 text-slate-700 ring-slate-200" },
};

export function StaffStatusBadge({ status }: { status: StaffStatus }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${WORDS[status].style}`}>{WORDS[status].label}</span>;
}

export const ROLE_LABELS: Record<string, string> = { OWNER: "Owner", THERAPIST: "Therapist", INTAKE: "Intake" };
