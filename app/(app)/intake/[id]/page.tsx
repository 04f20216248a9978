import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { setIntakeStatusAction } from "@/app/(app)/intake/actions";
import { ContactLog } from "@/components/intake/contact-log";
import { DuplicatesPanel } from "@/components/intake/duplicates-panel";
import { IntakeSummary } from "@/components/intake/intake-summary";
import { ReasonList, type ReasonView } from "@/components/intake/reason-list";
import { SafetyProtocol } from "@/components/intake/safety-protocol";
import { StatusBadge } from "@/components/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { getPracticeChoices } from "@/lib/data/intake/options";
import { getIntake } from "@/lib/data/intake/intakes";
import { requireRecordId } from "@/lib/pages/record-id";

export const metadata: Metadata = { title: "Intake request" };

type Search = { filed?: string; assigned?: string; waitlisted?: string; failed?: string };

export default async function IntakeDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const actor = await requireUser();
  const [{ id: raw }, flags] = await Promise.all([params, searchParams]);
  const id = requireRecordId(raw);
  const intake = await getIntake(actor, id).catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
  const { locations, safetyProtocol } = await getPracticeChoices(actor);
  const names = intake.clients.map((c) => `${c.firstName} ${c.lastName}`).join(" & ");
  const open = intake.status === "NEW" || intake.status === "WAITLISTED";
  const canEdit = !!can(actor, "intake:update");
  const a = intake.assignment;
  return (
    <>
      <Link href="/intake" className="text-sm text-brand-700 underline">Back to the intake queue</Link>
      <PageHeader title={names}>{intake.kind === "COUPLE" ? "Couple request" : "Individual request"}</PageHeader>
      <div role="status" className="mb-4">
        {flags.failed ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-900">
            {flags.failed === "link" ? "That person could not be linked: " : "The status could not be changed: "}
            the request may have changed meanwhile, or you may not change it. Reload and try again.
          </p>
        ) : null}
        {flags.filed ? <p className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">Intake request filed. Check possible duplicates below, then see the matches.</p> : null}
        {flags.waitlisted && intake.status === "WAITLISTED" ? <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">Added to the waitlist.</p> : null}
        {flags.assigned && a ? (
          <div className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
            <p className="font-semibold">Assigned to {a.clinicianName}.</p>
            <p>
              {intake.kind === "COUPLE" ? "The couple is" : "The client is"} now active in {a.clinicianName}&rsquo;s caseload.{" "}
              <Link href={`/clinicians/${a.clinicianId}`} className="underline">View {a.clinicianName}&rsquo;s profile</Link> ·{" "}
              <Link href="/intake" className="underline">Back to the queue</Link>
            </p>
          </div>
        ) : null}
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <StatusBadge status={intake.status} kind="Status" /> <StatusBadge status={intake.urgency} kind="Urgency" />
        {open && can(actor, "match:run") ? (
          <Link href={`/intake/${intake.id}/matches`} className="ml-auto rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">See ranked matches</Link>
        ) : null}
      </div>
      {intake.risk ? <div className="mb-6"><SafetyProtocol text={safetyProtocol} /></div> : null}
      {intake.status === "WAITLISTED" && intake.waitlistReason ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm"><strong>Waitlisted:</strong> {intake.waitlistReason}</p> : null}
      <section aria-labelledby="request-heading" className="mb-6">
        <h2 id="request-heading" className="mb-2 text-lg font-semibold">The request</h2>
        <IntakeSummary intake={intake} locationNames={Object.fromEntries(locations.map((l) => [l.id, l.name]))} />
      </section>
      <section aria-labelledby="people-heading" className="mb-6">
        <h2 id="people-heading" className="mb-2 text-lg font-semibold">People</h2>
        <ul className="mb-3 space-y-1 text-sm">
          {intake.clients.map((c, i) => (
            <li key={i}>
              <strong>{c.firstName} {c.lastName}</strong>{c.dateOfBirth ? `, born ${c.dateOfBirth}` : ""}{c.email ? ` · ${c.email}` : ""}{c.phone ? ` · ${c.phone}` : ""}
              {c.clientId ? <span className="ml-2 text-emerald-800">(client record on file)</span> : null}
            </li>
          ))}
        </ul>
        {open && can(actor, "client:read") === "any" ? (
          <DuplicatesPanel intakeId={intake.id} people={intake.clients} duplicates={intake.possibleDuplicates} canLink={canEdit} />
        ) : null}
      </section>
      <ContactLog actor={actor} intakeId={intake.id} />
      {a ? (
        <section aria-labelledby="assignment-heading" className="mb-6 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="assignment-heading" className="text-lg font-semibold">Assignment</h2>
          <p className="text-sm">
            Assigned to <Link href={`/clinicians/${a.clinicianId}`} className="text-brand-700 underline">{a.clinicianName}</Link> on{" "}
            {new Date(a.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })} with a score of {a.score} out of 100.
          </p>
          <ReasonList reasons={(a.reasons as ReasonView[]) ?? []} />
        </section>
      ) : null}
      {canEdit && intake.status !== "MATCHED" ? (
        <form action={setIntakeStatusAction}>
          <input type="hidden" name="intakeId" value={intake.id} />
          <input type="hidden" name="status" value={intake.status === "CLOSED" ? "NEW" : "CLOSED"} />
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-100">
            {intake.status === "CLOSED" ? "Reopen this request" : "Close this request (no longer seeking care)"}
          </button>
        </form>
      ) : null}
    </>
  );
}
