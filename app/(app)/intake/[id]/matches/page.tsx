import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { concernList, modalityLabel } from "@/components/intake/labels";
import { MatchCard } from "@/components/intake/match-card";
import { NotAllowed } from "@/components/intake/not-allowed";
import { WaitlistForm } from "@/components/intake/waitlist-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { getIntake } from "@/lib/data/intake/intakes";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Matches" };

function consequence(kind: string, people: number, linked: number, name: string): string {
  const created = people - linked;
  const records = [created ? `creates ${created === 1 ? "a client record" : `${created} client records`}` : "", linked ? `reuses ${linked === 1 ? "the linked record" : "the linked records"} on file` : ""].filter(Boolean).join(" and ");
  return `This ${records}${kind === "COUPLE" ? " and the couple" : ""}, active in ${name}'s caseload, and records the assignment with its score and reasons.`;
}

export default async function MatchesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const id = requireRecordId((await params).id);
  let matches;
  try {
    matches = await getIntakeMatches(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) return <NotAllowed>Ranking and assigning clinicians is for intake specialists and the practice owner.</NotAllowed>;
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const intake = await getIntake(actor, id).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  const who = intake.clients.map((c) => `${c.firstName} ${c.lastName}`).join(" & ");
  const open = intake.status === "NEW" || intake.status === "WAITLISTED";
  return (
    <>
      <Link href={`/intake/${id}`} className="text-sm text-brand-700 underline">Back to the request</Link>
      <PageHeader title={`Matches for ${who}`}>
        {modalityLabel(intake.serviceType)} · {concernList(intake.concerns)}. Ages measured on {matches.referenceDate}.
      </PageHeader>
      {!open ? (
        <p role="status" className="mb-4 rounded-md bg-slate-100 p-3 text-sm">
          This request is {intake.status.toLowerCase()}{intake.assignment ? `: assigned to ${intake.assignment.clinicianName}` : ""}. The ranking is shown for reference only.
        </p>
      ) : null}
      <section aria-labelledby="ranked-heading" className="mb-8">
        <h2 id="ranked-heading" className="mb-2 text-lg font-semibold">Ranked clinicians ({matches.data.length})</h2>
        {matches.data.length === 0 ? (
          <EmptyState title="No clinician passes every filter.">See why below; the waitlist keeps the request moving.</EmptyState>
        ) : (
          <ol className="space-y-4">
            {matches.data.map((m, i) => (
              <MatchCard key={m.clinicianId} match={m} rank={i + 1}
                assign={open ? {
                  intakeId: id, who, consequence: consequence(intake.kind, intake.clients.length, intake.clientIds.length, m.name),
                  timeZone: matches.timeZone, sessionMinutes: matches.sessionMinutes, telehealthOk: matches.telehealthOk,
                } : null} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="excluded-heading" className="mb-8">
        <h2 id="excluded-heading" className="mb-2 text-lg font-semibold">Not a fit ({matches.excluded.length})</h2>
        {matches.excluded.length === 0 ? (
          <p className="text-sm text-slate-600">Every clinician passes the filters.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg bg-white text-sm shadow-sm">
            {matches.excluded.map((e) => (
              <li key={e.clinicianId} className="p-3"><span className="font-medium">{e.name}</span>: {e.why}</li>
            ))}
          </ul>
        )}
      </section>
      {open ? (
        <section aria-labelledby="waitlist-heading" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="waitlist-heading" className="mb-2 text-lg font-semibold">Nobody fits yet?</h2>
          <WaitlistForm intakeId={id} currentReason={intake.waitlistReason} />
        </section>
      ) : null}
    </>
  );
}
