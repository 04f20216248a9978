import { StatusBadge } from "@/components/status-badge";
import { CARD } from "@/components/notes/styles";
import type { IntakeSummary } from "@/lib/data/clients/case-record";

const words = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, " ");

/** The intake requests behind a case, as far as the viewer may read them. */
export function IntakeSummaryCard({ intakes }: { intakes: IntakeSummary[] }) {
  return (
    <section aria-labelledby="intake-heading" className={CARD}>
      <h2 id="intake-heading" className="text-lg font-semibold text-brand-900">Intake</h2>
      {intakes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No intake request on file that you can see.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {intakes.map((i) => {
            const risks = [i.risk.selfHarm && "self-harm", i.risk.violence && "violence", i.risk.substance && "substance use"].filter(Boolean);
            return (
              <li key={i.id} className="text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">Received {i.receivedOn}</span>
                  <StatusBadge status={i.urgency} kind="Urgency" /><StatusBadge status={i.status} kind="Status" />
                </p>
                <p>{i.kind === "COUPLE" ? "Couple request" : "Individual request"} · {words(i.serviceType).toLowerCase()} therapy</p>
                <p>Concerns: {i.concerns.map(words).join(", ").toLowerCase()}</p>
                {risks.length ? <p className="font-medium text-red-800">Risk screen positive: {risks.join(", ")}</p> : <p>Risk screen negative</p>}
                {i.matchedOn ? <p className="text-slate-600">Matched {i.matchedOn}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
