import type { AuditEventDto } from "@/lib/data/audit/trail";

const OUTCOME: Record<AuditEventDto["outcome"], string> = {
  ALLOWED: "Allowed",
  DENIED: "Refused",
  NOT_FOUND: "Not found",
};

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** Who read or changed what, and when (times in UTC). Record ids, never record contents. */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    // Focusable, so that a keyboard user can scroll a table wider than a phone's screen.
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm" tabIndex={0} role="group" aria-label="Audit events">
      <table className="w-full text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">When (UTC)</th><th scope="col" className="p-2">Who</th><th scope="col" className="p-2">Action</th>
            <th scope="col" className="p-2">Record</th><th scope="col" className="p-2">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="whitespace-nowrap p-2 text-left font-normal tabular-nums">{when(e.at)}</th>
              <td className="p-2">{e.actorName ?? (e.actorId ? "Former user" : "System")}</td>
              <td className="p-2 font-mono text-xs">{e.action}</td>
              <td className="p-2"><span>{e.entityType}</span>{e.entityId ? <span className="ml-1 font-mono text-xs text-slate-600">{e.entityId}</span> : null}</td>
              <td className={`p-2 ${e.outcome === "ALLOWED" ? "" : "font-semibold text-red-800"}`}>{OUTCOME[e.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
