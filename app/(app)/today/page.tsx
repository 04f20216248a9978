import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TodayList } from "@/components/today/today-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/data/errors";
import { getToday } from "@/lib/data/today/today";

export const metadata: Metadata = { title: "Today" };

/** A therapist's to-do: what is booked, what needs a note, what has waited too long. */
export default async function TodayPage() {
  const actor = await requireUser();
  const today = await getToday(actor).catch((error: unknown) => (error instanceof ForbiddenError ? notFound() : Promise.reject(error)));
  return (
    <>
      <PageHeader title="Today">Your sessions and the notes that need you, in {today.timeZone.replaceAll("_", " ")} time.</PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <TodayList id="upcoming" title="Sessions today and tomorrow" items={today.upcoming} action="Open the case"
          empty="Nothing booked for today or tomorrow." />
        <TodayList id="to-write" title="Notes to write" items={today.notesToWrite} action="Open the case"
          empty="Every attended session has its note." />
        <TodayList id="drafts" title="Drafts older than 72 hours" items={today.staleDrafts} action="Finish the draft"
          empty="No draft has waited more than three days." />
        <TodayList id="returned" title="Returned by your supervisor" items={today.returned} action="Open the note"
          empty="Nothing returned to you." />
      </div>
    </>
  );
}
