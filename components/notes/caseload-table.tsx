import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { EmptyState } from "@/components/ui/empty-state";

export interface CaseloadRow {
  id: string;
  name: string;
  status: string;
  locationName: string | null;
  lastSessionDate: string | null;
  unsignedNotes: number;
}

/** Couples or individual clients of the caseload, each linking to its page. */
export function CaseloadTable({ kind, rows, filtered }: { kind: "couple" | "client"; rows: CaseloadRow[]; filtered: boolean }) {
  const what = kind === "couple" ? "couples" : "individual clients";
  if (rows.length === 0) {
    return <EmptyState title={filtered ? `No ${what} match these filters.` : `No ${what} assigned to you yet.`} />;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full rounded-lg bg-white text-sm shadow-sm">
        <caption className="sr-only">{kind === "couple" ? "Couples in your caseload" : "Individual clients in your caseload"}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">{kind === "couple" ? "Partners" : "Name"}</th>
            <th scope="col" className="p-2">Status</th><th scope="col" className="p-2">Location</th>
            <th scope="col" className="p-2">Last session</th><th scope="col" className="p-2">Unsigned notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/${kind === "couple" ? "couples" : "clients"}/${r.id}`} className="font-medium text-brand-700 underline">{r.name}</Link>
              </th>
              <td className="p-2"><StatusBadge status={r.status} /></td>
              <td className="p-2">{r.locationName ?? "—"}</td>
              <td className="p-2">{r.lastSessionDate ?? "None yet"}</td>
              <td className="p-2">{r.unsignedNotes ? <span className="font-semibold text-amber-900">{r.unsignedNotes}</span> : "0"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
