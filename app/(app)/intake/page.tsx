import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/status-badge";
import { requireUser } from "@/lib/auth/session";
import { listIntakeQueue } from "@/lib/data/intakes";

export const metadata: Metadata = { title: "Intake queue" };

export default async function IntakeQueuePage() {
  const actor = await requireUser();
  const items = await listIntakeQueue(actor);
  return (
    <>
      <PageHeader title="Intake queue">Urgent and risk-flagged requests first, then the longest waiting.</PageHeader>
      {items.length === 0 ? (
        <EmptyState title="No open intake requests." />
      ) : (
        <table className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Who</th><th scope="col" className="p-2">Kind</th><th scope="col" className="p-2">Concerns</th>
              <th scope="col" className="p-2">Urgency</th><th scope="col" className="p-2">Status</th><th scope="col" className="p-2">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-t border-slate-100">
                <td className="p-2">{item.names.join(" & ")}{item.risk ? <span className="ml-2 font-semibold text-red-700">Risk flagged</span> : null}</td>
                <td className="p-2">{item.kind === "COUPLE" ? "Couple" : "Individual"}</td>
                <td className="p-2">{item.concerns.map((c) => c.toLowerCase().replace(/_/g, " ")).join(", ")}</td>
                <td className="p-2"><StatusBadge status={item.urgency} /></td>
                <td className="p-2"><StatusBadge status={item.status} /></td>
                <td className="p-2">{item.ageDays} {item.ageDays === 1 ? "day" : "days"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
