const STYLES: Record<string, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  INQUIRY: "bg-sky-50 text-sky-800 ring-sky-200",
  WAITLISTED: "bg-amber-50 text-amber-900 ring-amber-200",
  DISCHARGED: "bg-slate-100 text-slate-700 ring-slate-200",
  NEW: "bg-sky-50 text-sky-800 ring-sky-200",
  MATCHED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  URGENT: "bg-red-50 text-red-800 ring-red-200",
  SOON: "bg-amber-50 text-amber-900 ring-amber-200",
  ROUTINE: "bg-slate-100 text-slate-700 ring-slate-200",
  DRAFT: "bg-amber-50 text-amber-900 ring-amber-200",
  SIGNED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

/**
 * A status word in a pill; the word itself carries the meaning, colour only reinforces it.
 * `kind` ("Status", "Urgency") is read out before the word where pills stand side by side.
 */
export function StatusBadge({ status, kind }: { status: string; kind?: string }) {
  const label = status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, " ");
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STYLES[status] ?? STYLES.ROUTINE}`}>
      {kind ? <span className="sr-only">{kind}: </span> : null}{label}
    </span>
  );
}
