import { CaseControls } from "@/components/cases/case-controls";
import { STATUS_LABELS } from "@/components/cases/result";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/data/actor";
import { loadCasePanel } from "@/lib/data/clients/case-panel";

interface CaseState {
  id: string;
  status: string;
  version: number;
  assignedClinicianId: string | null;
  dischargedOn: string | null;
  dischargeReason: string | null;
}

const when = (iso: string) => new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** The "Case" panel: status and discharge, the controls the actor may use, and who treated the case. */
export async function CasePanel({ actor, kind, record }: { actor: Actor; kind: "client" | "couple"; record: CaseState }) {
  const panel = await loadCasePanel(actor, kind === "client" ? { clientId: record.id } : { coupleId: record.id });
  return (
    <section aria-labelledby="case-heading" className="mt-8 space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="case-heading" className="text-lg font-semibold text-brand-900">Case</h2>
      <p>
        Status: <strong>{STATUS_LABELS[record.status] ?? record.status}</strong>
        {record.status === "DISCHARGED" && record.dischargedOn ? <> since {record.dischargedOn}{record.dischargeReason ? `: ${record.dischargeReason}` : ""}</> : null}
      </p>
      {panel.canManage ? (
        <CaseControls kind={kind} id={record.id} version={record.version} status={record.status} today={panel.today}
          clinicians={panel.clinicians} assignedClinicianId={record.assignedClinicianId} />
      ) : null}
      <div>
        <h3 className="mb-2 font-medium">Assignment history</h3>
        {panel.history.length === 0 ? (
          <EmptyState title="No reassignments yet">Assignments made from now on are listed here, newest first.</EmptyState>
        ) : (
          <ol className="space-y-2 text-sm">
            {panel.history.map((h, i) => (
              <li key={`${h.assignedAt}-${i}`} className="border-l-2 border-slate-200 pl-3">
                <span className="font-medium">{when(h.assignedAt)}</span>: {h.previousClinicianName ? `from ${h.previousClinicianName} ` : ""}to {h.clinicianName ?? "a former clinician"}
                {" "}({h.source === "MATCH" ? "matched from intake" : "reassigned"}{h.assignedByName ? ` by ${h.assignedByName}` : ""}){h.reason ? `. Reason: ${h.reason}` : ""}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
