import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CaseloadFilters } from "@/components/notes/caseload-filters";
import { CaseloadTable } from "@/components/notes/caseload-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOwnCaseload } from "@/lib/data/clients/caseload";
import { clientStatus } from "@/lib/validation/client";
import { id, trimmed } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Caseload" };

// A filter that does not parse is ignored rather than an error: these come from a URL.
const filters = z.object({
  q: trimmed(100).optional().catch(undefined),
  status: clientStatus.optional().catch(undefined),
  location: id.optional().catch(undefined),
});

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const f = filters.parse({ q: raw.q, status: raw.status, location: raw.location });
  const actor = await requireUser();
  const { clients, couples, locations } = await getOwnCaseload(actor, {
    ...(f.q ? { q: f.q } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.location ? { locationId: f.location } : {}),
  });
  const filtered = Boolean(f.q || f.status || f.location);
  const unsigned = [...clients, ...couples].reduce((n, c) => n + c.unsignedNotes, 0);
  return (
    <>
      <PageHeader title="My caseload">
        {couples.length} {couples.length === 1 ? "couple" : "couples"} and {clients.length} individual{" "}
        {clients.length === 1 ? "client" : "clients"} {filtered ? "match your filters" : "assigned to you"}
        {unsigned ? ` · ${unsigned} unsigned ${unsigned === 1 ? "note" : "notes"}` : ""}.
      </PageHeader>
      <CaseloadFilters q={f.q ?? ""} status={f.status ?? ""} location={f.location ?? ""} locations={locations} />
      {filtered ? (
        <p className="mb-4 text-sm"><Link href="/caseload" className="text-brand-700 underline">Clear filters</Link></p>
      ) : null}
      <section aria-labelledby="couples-heading" className="mb-8">
        <h2 id="couples-heading" className="mb-2 text-lg font-semibold">Couples</h2>
        <CaseloadTable kind="couple" filtered={filtered} rows={couples.map((c) => ({
          id: c.id, name: c.partners.map((p) => `${p.firstName} ${p.lastName}`).join(" & "), status: c.status,
          locationName: c.locationName, lastSessionDate: c.lastSessionDate, unsignedNotes: c.unsignedNotes,
        }))} />
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading" className="mb-2 text-lg font-semibold">Individual clients</h2>
        <CaseloadTable kind="client" filtered={filtered} rows={clients.map((c) => ({
          id: c.id, name: `${c.firstName} ${c.lastName}`, status: c.status,
          locationName: c.locationName, lastSessionDate: c.lastSessionDate, unsignedNotes: c.unsignedNotes,
        }))} />
      </section>
    </>
  );
}
