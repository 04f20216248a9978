import type { WeekCalendar } from "@/lib/data/appointments/calendar";

/** Which calendar and week to show: a plain GET form, so it works without scripts. */
export function CalendarChooser({ calendar }: { calendar: WeekCalendar }) {
  const many = calendar.clinicians.length > 1 || calendar.locations.length > 0;
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {many ? (
        <>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Clinician</span>
            <select name="clinician" defaultValue={calendar.clinicianId ?? ""} className="rounded border border-slate-300 px-2 py-1">
              <option value="">(by location)</option>
              {calendar.clinicians.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">Or a location</span>
            <select name="location" defaultValue={calendar.locationId ?? ""} className="rounded border border-slate-300 px-2 py-1">
              <option value="">(by clinician)</option>
              {calendar.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          </label>
        </>
      ) : null}
      <label className="flex flex-col gap-1">
        <span className="font-medium">Week of</span>
        <input type="date" name="week" defaultValue={calendar.weekStart} className="rounded border border-slate-300 px-2 py-1" />
      </label>
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">Show</button>
    </form>
  );
}
