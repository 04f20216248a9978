import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { AuditFilters, type AuditProblem } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listStaff } from "@/lib/data/admin/staff-common";
import { listAuditEvents, recentAuditActions } from "@/lib/data/audit/trail";
import { listClients } from "@/lib/data/clients/clients";
import { InvalidError } from "@/lib/data/errors";
import { parseAuditQuery, type AuditQuery } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Audit trail" };

type Params = Record<string, string | string[] | undefined>;

// A refused filter is named as its label on the page, not as its query parameter.
const FIELD_LABELS: Record<string, string> = { actorId: "Person", action: "Action", from: "From", to: "To", cursor: "Older events" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireUser();
  if (can(actor, "audit:read") !== "any") redirect("/");
  const values = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) ?? ""]));
  const problems: AuditProblem[] = [];
  let query: AuditQuery;
  try {
    query = parseAuditQuery({ actorId: values.actorId, action: values.action, from: values.from, to: values.to, cursor: values.cursor, limit: "50" });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    problems.push(...error.issues.map((i) => {
      const field = String(i.path[0] ?? "");
      return { field: field || null, message: `${FIELD_LABELS[field] ?? "Filter"}: ${i.message} Showing events without this filter.` };
    }));
    query = parseAuditQuery({ limit: "50" });
  }
  // A client is found by id, or by name among the practice's clients (owners read them all).
  const client = values.client?.trim();
  let matches: { id: string; firstName: string; lastName: string }[] = [];
  if (client) {
    matches = /^[A-Za-z0-9_-]{20,64}$/.test(client) ? [{ id: client, firstName: "", lastName: "" }] : (await listClients(actor, { q: client, limit: 10 })).data;
    if (matches.length === 0) problems.push({ field: "client", message: `No client matches "${client}".` });
    if (matches.length === 1 && matches[0]) query = { ...query, clientId: matches[0].id };
  }
  const ambiguous = matches.length > 1;
  const [staff, actions, page] = await Promise.all([
    listStaff(actor), recentAuditActions(actor),
    client && (matches.length !== 1) ? Promise.resolve({ data: [], nextCursor: null }) : listAuditEvents(actor, query).catch((error: unknown) => {
      // A cursor from the URL that is not an event of this practice (lib/data refuses it).
      if (!(error instanceof InvalidError)) throw error;
      problems.push({ field: null, message: "That page of older events does not exist: showing the newest." });
      return listAuditEvents(actor, { ...query, cursor: undefined });
    }),
  ]);
  const older = new URLSearchParams(Object.entries({ ...values, cursor: page.nextCursor ?? "" }).filter(([, v]) => v));
  return (
    <>
      <PageHeader title="Audit trail">Every read and change of client records, reports and settings, newest first. Record contents are never stored here.</PageHeader>
      <AuditFilters values={values} staff={staff} actions={actions} problems={problems} />
      {ambiguous ? (
        <div className="mb-6 rounded-lg bg-white p-4 shadow-sm">
          <p className="text-sm font-medium">Several clients match &ldquo;{client}&rdquo;: choose one.</p>
          <ul className="mt-2 flex flex-wrap gap-3 text-sm">
            {matches.map((m) => (
              <li key={m.id}><Link className="text-brand-700 underline" href={`/audit?${new URLSearchParams({ ...values, client: m.id, cursor: "" }).toString()}`}>{m.firstName} {m.lastName}</Link></li>
            ))}
          </ul>
        </div>
      ) : page.data.length === 0 ? (
        <EmptyState title="No events match these filters." />
      ) : (
        <>
          {query.clientId ? (
            <p className="mb-3 text-sm">
              <a className="text-brand-700 underline" href={`/api/v1/audit-events?${new URLSearchParams({ clientId: query.clientId, format: "csv", ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) }).toString()}`}>
                Download this client&apos;s accounting of disclosures (CSV)
              </a>{" "}
              <span className="text-slate-600">every event that showed this client, up to 10,000.</span>
            </p>
          ) : null}
          <AuditTable events={page.data} />
          {page.nextCursor ? (
            <p className="mt-4"><Link href={`/audit?${older.toString()}`} className="text-brand-700 underline">Older events</Link></p>
          ) : <p className="mt-4 text-sm text-slate-600">That is the oldest matching event.</p>}
        </>
      )}
    </>
  );
}
