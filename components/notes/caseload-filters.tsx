import { CLIENT_STATUSES } from "@/lib/validation/client";
import { BUTTON, INPUT, LABEL } from "@/components/notes/styles";

const words = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

/** Search and filters as a plain GET form: the URL holds them, so they can be bookmarked. */
export function CaseloadFilters({ q, status, location, locations }: {
  q: string;
  status: string;
  location: string;
  locations: { id: string; name: string; active: boolean }[];
}) {
  return (
    <form method="get" action="/caseload" role="search" aria-label="Caseload"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="caseload-q" className={LABEL}>Search by name</label>
        <input id="caseload-q" name="q" type="search" defaultValue={q} className={INPUT} placeholder="First or last name" />
      </div>
      <div>
        <label htmlFor="caseload-status" className={LABEL}>Status</label>
        <select id="caseload-status" name="status" defaultValue={status} className={INPUT}>
          <option value="">All statuses</option>
          {CLIENT_STATUSES.map((s) => <option key={s} value={s}>{words(s)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="caseload-location" className={LABEL}>Location</label>
        <select id="caseload-location" name="location" defaultValue={location} className={INPUT}>
          <option value="">All locations</option>
          {locations.map((l) => <option key={l.id} value={l.id}>{l.name}{l.active ? "" : " (closed)"}</option>)}
        </select>
      </div>
      <button type="submit" className={BUTTON}>Apply</button>
    </form>
  );
}
