import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CalendarChooser } from "@/components/appointments/calendar-chooser";
import { WeekList } from "@/components/appointments/week-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getWeekCalendar } from "@/lib/data/appointments/calendar";
import { addDays } from "@/lib/domain/appointments/time-zone";
import { id, isoDate } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Appointments" };

// A choice that does not parse is ignored rather than an error: these come from a URL.
const choices = z.object({
  week: isoDate.optional().catch(undefined),
  clinician: id.optional().catch(undefined),
  location: id.optional().catch(undefined),
});

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const c = choices.parse({ week: raw.week, clinician: raw.clinician || undefined, location: raw.location || undefined });
  const actor = await requireUser();
  const own = !actor.roles.includes("OWNER") && !actor.roles.includes("INTAKE");
  const calendar = await getWeekCalendar(actor, {
    ...(c.week ? { week: c.week } : {}),
    ...(c.clinician && !own ? { clinicianId: c.clinician } : {}),
    ...(c.location && !own ? { locationId: c.location } : {}),
  });
  const whose = calendar.locationId
    ? calendar.locations.find((l) => l.id === calendar.locationId)?.name
    : calendar.clinicians.find((x) => x.id === calendar.clinicianId)?.name;
  const link = (week: string) => `/appointments?${new URLSearchParams({
    week, ...(calendar.clinicianId && !own ? { clinician: calendar.clinicianId } : {}), ...(calendar.locationId ? { location: calendar.locationId } : {}),
  })}`;
  return (
    <>
      <PageHeader title="Appointments">
        {whose ? `${whose}: ` : ""}the week of {calendar.weekStart}, times in {calendar.timeZone.replace("_", " ")}.
      </PageHeader>
      <CalendarChooser calendar={calendar} />
      <nav aria-label="Weeks" className="mb-4 flex gap-4 text-sm">
        <Link href={link(addDays(calendar.weekStart, -7))} className="text-brand-700 underline">Previous week</Link>
        <Link href={link(calendar.today)} className="text-brand-700 underline">This week</Link>
        <Link href={link(addDays(calendar.weekStart, 7))} className="text-brand-700 underline">Next week</Link>
      </nav>
      {!calendar.clinicianId && !calendar.locationId ? (
        <p className="text-sm text-slate-600">There is no calendar to show yet: the practice has no clinicians.</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{calendar.entries.length} {calendar.entries.length === 1 ? "appointment" : "appointments"} this week.</p>
          {calendar.truncated ? <p className="mb-2 text-sm text-amber-800">Only the first {calendar.entries.length} are shown: choose one clinician to see the rest.</p> : null}
          <WeekList calendar={calendar} />
        </>
      )}
    </>
  );
}
