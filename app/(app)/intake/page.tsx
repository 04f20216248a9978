import type { Metadata } from "next";
import Link from "next/link";
import { QueueTable } from "@/components/intake/queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/data/actor";
import { InvalidError } from "@/lib/data/errors";
import { listIntakeQueue } from "@/lib/data/intake/intakes";

export const metadata: Metadata = { title: "Intake queue" };

const SECTIONS = [
  { status: "NEW", mode: "new", title: "New requests", empty: "No new requests." },
  { status: "WAITLISTED", mode: "waitlist", title: "Waitlist", empty: "Nobody is on the waitlist." },
  { status: "MATCHED", mode: "matched", title: "Recently matched", empty: "No matched requests yet." },
] as const;

type Status = (typeof SECTIONS)[number]["status"];

const PAGE = 50;

/** One page of one section; a cursor that is not (or no longer) of this list starts it again. */
async function sectionPage(actor: Actor, query: { q?: string; status: Status; cursor?: string }) {
  const input = { ...query, limit: String(PAGE) };
  return listIntakeQueue(actor, input).catch((error: unknown) => {
    if (error instanceof InvalidError && query.cursor) return listIntakeQueue(actor, { ...input, cursor: undefined });
    throw error;
  });
}

export default async function IntakeQueuePage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string; cursor?: string }> }) {
  const actor = await requireUser();
  const params = await searchParams;
  const q = (params.q ?? "").slice(0, 100);
  const status = SECTIONS.find((s) => s.status === params.status)?.status;
  const shown = SECTIONS.filter((s) => !status || s.status === status);
  // Each section is its own list, sorted and paged by the database; "more" pages one section.
  const pages = await Promise.all(shown.map((s) => sectionPage(actor, {
    ...(q.trim() ? { q } : {}), status: s.status, ...(status && params.cursor ? { cursor: params.cursor.slice(0, 64) } : {}),
  })));
  const count = pages.reduce((n, p) => n + p.data.length, 0);
  const more = pages.some((p) => p.nextCursor);
  const filterHref = (s?: Status, cursor?: string) =>
    `/intake?${new URLSearchParams({ ...(q ? { q } : {}), ...(s ? { status: s } : {}), ...(cursor ? { cursor } : {}) })}`;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title="Intake queue">Risk-flagged and urgent requests first, then the longest waiting.</PageHeader>
        {can(actor, "intake:create") ? (
          <Link href="/intake/new" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">New intake</Link>
        ) : null}
      </div>
      <form role="search" action="/intake" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Search by name or email</label>
          <input id="q" name="q" type="search" defaultValue={q} className="mt-1 w-72 rounded-md border border-slate-300 bg-white px-3 py-2" />
        </div>
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">Search</button>
      </form>
      <nav aria-label="Filter by status" className="mb-6 flex gap-2 text-sm">
        {[undefined, ...SECTIONS.map((s) => s.status)].map((s) => (
          <Link key={s ?? "all"} href={filterHref(s)} aria-current={s === status ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-slate-300 ${s === status ? "bg-brand-600 text-white ring-brand-600" : "bg-white hover:bg-slate-100"}`}>
            {s ? SECTIONS.find((x) => x.status === s)?.title : "All"}
          </Link>
        ))}
      </nav>
      {q.trim() ? <p role="status" className="mb-4 text-sm text-slate-700">{count}{more ? "+" : ""} {count === 1 && !more ? "request matches" : "requests match"} “{q}”.</p> : null}
      {shown.map((section, i) => {
        const { data: rows, nextCursor } = pages[i]!;
        return (
          <section key={section.status} aria-labelledby={`${section.mode}-heading`} className="mb-8">
            <h2 id={`${section.mode}-heading`} className="mb-2 text-lg font-semibold">{section.title} ({rows.length}{nextCursor ? "+" : ""})</h2>
            {rows.length === 0 ? <EmptyState title={section.empty} /> : <QueueTable items={rows} mode={section.mode} caption={section.title} />}
            {nextCursor ? (
              <Link href={filterHref(section.status, nextCursor)} className="mt-2 inline-block text-sm text-brand-700 underline">
                Next {PAGE} in {section.title.toLowerCase()}
              </Link>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
