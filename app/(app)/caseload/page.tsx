import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getOwnCaseload } from "@/lib/data/caseload";

export const metadata: Metadata = { title: "Caseload" };

export default async function CaseloadPage() {
  const actor = await requireUser();
  const { clients, couples } = await getOwnCaseload(actor);
  return (
    <>
      <PageHeader title="My caseload">
        {couples.length} couples and {clients.length} individual clients assigned to you.
      </PageHeader>
      <section aria-labelledby="couples-heading" className="mb-8">
        <h2 id="couples-heading" className="mb-2 text-lg font-semibold">Couples</h2>
        {couples.length === 0 ? (
          <EmptyState title="No couples assigned to you yet." />
        ) : (
          <table className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm">
            <thead className="bg-slate-100 text-left">
              <tr><th scope="col" className="p-2">Partners</th><th scope="col" className="p-2">Status</th><th scope="col" className="p-2">Last session</th><th scope="col" className="p-2">Unsigned notes</th></tr>
            </thead>
            <tbody>
              {couples.map((c) => (
                <tr key={c.id} className="border-t border-slate-100">
                  <td className="p-2">{c.partners.map((p) => `${p.firstName} ${p.lastName}`).join(" & ")}</td>
                  <td className="p-2"><StatusBadge status={c.status} /></td>
                  <td className="p-2">{c.lastSessionDate ?? "None yet"}</td>
                  <td className="p-2">{c.unsignedNotes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading" className="mb-2 text-lg font-semibold">Individual clients</h2>
        {clients.length === 0 ? (
          <EmptyState title="No individual clients assigned to you yet." />
        ) : (
          <table className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm">
            <thead className="bg-slate-100 text-left">
              <tr><th scope="col" className="p-2">Name</th><th scope="col" className="p-2">Status</th><th scope="col" className="p-2">Last session</th><th scope="col" className="p-2">Unsigned notes</th></tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id} className="border-t border-slate-100">
                  <td className="p-2">{c.firstName} {c.lastName}</td>
                  <td className="p-2"><StatusBadge status={c.status} /></td>
                  <td className="p-2">{c.lastSessionDate ?? "None yet"}</td>
                  <td className="p-2">{c.unsignedNotes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
