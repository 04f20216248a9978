import { StatusBadge } from "@/components/status-badge";
import { CARD } from "@/components/notes/styles";
import type { CaseRecord } from "@/lib/data/clients/case-record";
import type { ClientDto } from "@/lib/data/serialize";

const words = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, " ");

function Person({ person, heading }: { person: ClientDto; heading?: string }) {
  const rows: [string, string | null][] = [
    ["Date of birth", person.dateOfBirth],
    ["Pronouns", person.pronouns],
    ["Email", person.email],
    ["Phone", person.phone],
  ];
  return (
    <div>
      {heading ? <h3 className="font-medium">{heading}</h3> : null}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt><dd>{value || "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Demographics, assigned clinician and location of a client or couple. */
export function CaseDetails({ record }: { record: CaseRecord }) {
  const status = record.couple?.status ?? record.client?.status ?? "INQUIRY";
  return (
    <section aria-labelledby="details-heading" className={CARD}>
      <h2 id="details-heading" className="text-lg font-semibold text-brand-900">Details</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Status</dt><dd><StatusBadge status={status} /></dd>
        <dt className="text-slate-600">Assigned clinician</dt><dd>{record.clinicianName ?? "Not assigned"}</dd>
        <dt className="text-slate-600">Location</dt><dd>{record.locationName ?? "Not set"}</dd>
        {record.couple ? (
          <>
            <dt className="text-slate-600">Relationship</dt><dd>{record.couple.relationshipStatus || "—"}</dd>
            <dt className="text-slate-600">Secrets policy</dt><dd>{words(record.couple.secretsPolicy)}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {record.couple
          ? record.couple.partners.map((p) => <Person key={p.id} person={p} heading={`${p.firstName} ${p.lastName}`} />)
          : record.client ? <Person person={record.client} /> : null}
      </div>
    </section>
  );
}
