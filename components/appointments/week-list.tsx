import { StatusButtons } from "@/components/appointments/status-buttons";
import type { CalendarEntry, WeekCalendar } from "@/lib/data/appointments/calendar";
import { label } from "@/lib/domain/appointments/status";

/** "9:00 AM" for minutes after midnight. */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = String(minutes % 60).padStart(2, "0");
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? "AM" : "PM"}`;
}

/** "Monday, December 7" for a "YYYY-MM-DD". */
export function dayTitle(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
}

const STATUS_STYLE: Record<string, string> = {
  SCHEDULED: "bg-sky-50 text-sky-900",
  ATTENDED: "bg-green-50 text-green-900",
  NO_SHOW: "bg-amber-50 text-amber-900",
  CANCELLED: "bg-slate-100 text-slate-700 line-through",
  LATE_CANCELLED: "bg-slate-100 text-slate-700 line-through",
};

function Entry({ entry, byLocation }: { entry: CalendarEntry; byLocation: boolean }) {
  return (
    <li className="flex flex-col gap-2 border-b border-slate-100 py-3 last:border-0 sm:flex-row sm:items-center sm:gap-4">
      <span className="w-40 shrink-0 font-medium tabular-nums">
        {clockTime(entry.minutes)}–{clockTime(entry.minutes + entry.durationMinutes)}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block">{entry.who}</span>
        <span className="block text-xs text-slate-600">
          {entry.coupleId ? "Couple session" : "Individual session"} · {entry.durationMinutes} min · {entry.place}
          {byLocation ? ` · ${entry.clinicianName}` : ""}
        </span>
      </span>
      <span className={`w-fit rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[entry.status] ?? ""}`}>
        <span className="sr-only">Status: </span>{label(entry.status)[0]?.toUpperCase()}{label(entry.status).slice(1)}
      </span>
      <StatusButtons id={entry.id} version={entry.version} next={entry.next} who={entry.who} />
    </li>
  );
}

/** The week as one list per day, in the practice's time zone; each day says when it is empty. */
export function WeekList({ calendar }: { calendar: WeekCalendar }) {
  return (
    <div className="flex flex-col gap-4">
      {calendar.days.map((day) => {
        const entries = calendar.entries.filter((e) => e.day === day);
        const headingId = `day-${day}`;
        return (
          <section key={day} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={headingId} className="text-base font-semibold">
              {dayTitle(day)}{day === calendar.today ? <span className="ml-2 text-sm font-normal text-brand-700">(today)</span> : null}
            </h2>
            {entries.length ? (
              <ul className="mt-2 text-sm">{entries.map((e) => <Entry key={e.id} entry={e} byLocation={calendar.locationId !== null} />)}</ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No appointments.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
