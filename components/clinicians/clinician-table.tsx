import Link from "next/link";
import { modalityLabel } from "@/components/intake/labels";
import type { ClinicianDto } from "@/lib/data/clinicians/clinicians";

/** Every clinician at a glance: what they offer, where, and how much room they have. */
export function ClinicianTable({ clinicians, locationNames }: { clinicians: ClinicianDto[]; locationNames: Record<string, string> }) {
  return (
    // Scrolls sideways on a phone rather than pushing the page wider than the screen.
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
    <table className="w-full text-sm">
      <caption className="sr-only">Clinicians: what they offer, where, languages, caseload and whether they take new clients</caption>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" className="p-2">Name</th><th scope="col" className="p-2">Offers</th><th scope="col" className="p-2">Where</th>
          <th scope="col" className="p-2">Languages</th><th scope="col" className="p-2">Caseload</th><th scope="col" className="p-2">New clients</th>
        </tr>
      </thead>
      <tbody>
        {clinicians.map((c) => (
          <tr key={c.id} className="border-t border-slate-100">
            <th scope="row" className="p-2 text-left font-normal"><Link href={`/clinicians/${c.id}`} className="font-medium text-brand-700 underline">{c.name}</Link><div className="text-xs text-slate-600">{c.credentials}</div></th>
            <td className="p-2">{c.modalities.map(modalityLabel).join(", ")}</td>
            <td className="p-2">{[...c.locationIds.map((id) => locationNames[id] ?? "Unknown"), ...(c.telehealth ? ["Telehealth"] : [])].join(", ")}</td>
            <td className="p-2">{c.languages.join(", ")}</td>
            <td className="p-2 tabular-nums">{c.activeCaseload} of {c.maxCaseload}</td>
            <td className="p-2">{c.acceptingNewClients ? "Accepting" : <span className="font-medium text-amber-900">Not accepting</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
