import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getPracticeOverview } from "@/lib/data/practice";

export const metadata: Metadata = { title: "Practice dashboard" };

export default async function DashboardPage() {
  const actor = await requireUser();
  const o = await getPracticeOverview(actor);
  const tiles = [
    { label: "Active clients", value: o.activeClients },
    { label: "Active couples", value: o.activeCouples },
    { label: "Open intake requests", value: o.openIntakes },
    { label: "Unsigned notes", value: o.unsignedNotes },
  ];
  return (
    <>
      <PageHeader title="Practice dashboard">{o.practiceName}</PageHeader>
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.label} className="rounded-lg bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{t.label}</dt>
            <dd className="text-2xl font-semibold">{t.value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-lg font-semibold">Capacity by clinician</h2>
      <table className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm">
        <thead className="bg-slate-100 text-left">
          <tr><th scope="col" className="p-2">Clinician</th><th scope="col" className="p-2">Active cases</th><th scope="col" className="p-2">Max</th><th scope="col" className="p-2">Utilisation</th><th scope="col" className="p-2">New clients</th></tr>
        </thead>
        <tbody>
          {o.clinicians.map((c) => (
            <tr key={c.id} className="border-t border-slate-100">
              <td className="p-2">{c.name}</td>
              <td className="p-2">{c.activeCaseload}</td>
              <td className="p-2">{c.maxCaseload}</td>
              <td className="p-2">{Math.round(c.utilization * 100)}%</td>
              <td className="p-2">{c.acceptingNewClients ? "Accepting" : "Closed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
