import type { LocationDto } from "@/lib/data/admin/locations";

interface Props {
  /** The page the form reloads (GET, so every filter is in the address and can be shared). */
  action: string;
  from: string;
  to: string;
  locationId: string | null;
  locations: LocationDto[];
  problems: { path: string; message: string }[];
}

const field = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

/** Period and location filters of the report pages. */
export function ReportFilters({ action, from, to, locationId, locations, problems }: Props) {
  const problem = (path: string) => problems.find((p) => p.path === path)?.message;
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label="Report filters">
      <div>
        <label htmlFor="from" className="block text-sm font-medium">From</label>
        <input id="from" name="from" type="date" defaultValue={from} className={field}
          aria-invalid={problem("from") ? true : undefined} aria-describedby={problem("from") ? "filter-problems" : undefined} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">To</label>
        <input id="to" name="to" type="date" defaultValue={to} className={field}
          aria-invalid={problem("to") ? true : undefined} aria-describedby={problem("to") ? "filter-problems" : undefined} />
      </div>
      <div>
        <label htmlFor="locationId" className="block text-sm font-medium">Location</label>
        <select id="locationId" name="locationId" defaultValue={locationId ?? ""} className={field}>
          <option value="">All locations</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>{l.active ? l.name : `${l.name} (closed)`}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-900">
        Apply
      </button>
      <a href={action} className="py-2 text-sm text-brand-700 underline hover:text-brand-900">Last six months, all locations</a>
      <div id="filter-problems" role="status" className="w-full">
        {problems.length ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {problems.map((p) => p.message).join(" ")} Showing the last six months instead.
          </p>
        ) : null}
      </div>
    </form>
  );
}
