import Link from "next/link";
import { concernList, days } from "@/components/intake/labels";
import { StatusBadge } from "@/components/status-badge";
import type { IntakeQueueItem } from "@/lib/data/intake/intakes";

/** One section of the queue. `mode` decides the last columns: waiting time, or who took it. */
export function QueueTable({ items, mode, caption }: { items: IntakeQueueItem[]; mode: "new" | "waitlist" | "matched"; caption: string }) {
  return (
    // Scrolls sideways on a phone rather than pushing the page wider than the screen.
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" className="p-2">Who</th>
          <th scope="col" className="p-2">Kind</th>
          <th scope="col" className="p-2">Concerns</th>
          <th scope="col" className="p-2">Urgency</th>
          {mode === "matched" ? <th scope="col" className="p-2">Assigned to</th> : <th scope="col" className="p-2">Waiting</th>}
          {mode === "waitlist" ? <th scope="col" className="p-2">On the waitlist</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className={`border-t border-slate-100 ${item.risk ? "bg-red-50" : ""}`}>
            <th scope="row" className="p-2 text-left font-normal">
              <Link href={`/intake/${item.id}`} className="font-medium text-brand-700 underline">{item.names.join(" & ")}</Link>
              {item.risk ? <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">Risk flagged</span> : null}
            </th>
            <td className="p-2">{item.kind === "COUPLE" ? "Couple" : "Individual"}</td>
            <td className="p-2">{concernList(item.concerns)}</td>
            <td className="p-2"><StatusBadge status={item.urgency} /></td>
            {mode === "matched" ? (
              <td className="p-2">{item.assignedClinicianName ?? "—"}</td>
            ) : (
              <td className="p-2">{days(item.ageDays)}</td>
            )}
            {mode === "waitlist" ? (
              <td className="p-2">
                <span className="font-medium">{days(item.waitlistDays ?? item.ageDays)}</span>
                {item.waitlistReason ? <p className="text-xs text-slate-600">{item.waitlistReason}</p> : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
