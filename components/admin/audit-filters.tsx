import type { StaffDto } from "@/lib/data/admin/staff-common";

/** A filter the page could not use: which field (null for the page as a whole) and why, in words. */
export interface AuditProblem {
  field: string | null;
  message: string;
}

interface Props {
  values: Record<string, string>;
  staff: StaffDto[];
  actions: string[];
  problems: AuditProblem[];
}

const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

/** The audit trail's filters: a GET form, so a filtered view is a link an owner can keep. */
export function AuditFilters({ values, staff, actions, problems }: Props) {
  // A refused field is marked and points at the message that says why.
  const invalid = (field: string) =>
    problems.some((p) => p.field === field) ? { "aria-invalid": true as const, "aria-describedby": "audit-problems" } : {};
  return (
    <form method="get" action="/audit" aria-label="Audit trail filters" className="mb-6 grid gap-4 rounded-lg bg-white p-4 shadow-sm md:grid-cols-3 lg:grid-cols-6 lg:items-start">
      <div>
        <label htmlFor="actorId" className="block text-sm font-medium">Person</label>
        <select id="actorId" name="actorId" defaultValue={values.actorId ?? ""} className={field} {...invalid("actorId")}>
          <option value="">Anyone</option>
          {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="client" className="block text-sm font-medium">Client (name or id)</label>
        <input id="client" name="client" defaultValue={values.client ?? ""} className={field} {...invalid("client")} />
      </div>
      <div>
        <label htmlFor="action" className="block text-sm font-medium">Action</label>
        <input id="action" name="action" list="audit-actions" defaultValue={values.action ?? ""} className={field}
          {...(problems.some((p) => p.field === "action") ? { "aria-invalid": true as const, "aria-describedby": "action-hint audit-problems" } : { "aria-describedby": "action-hint" })} />
        <p id="action-hint" className="text-xs text-slate-600">Or its start: &ldquo;note&rdquo; finds every note action.</p>
        <datalist id="audit-actions">{actions.map((a) => <option key={a} value={a} />)}</datalist>
      </div>
      <div>
        <label htmlFor="from" className="block text-sm font-medium">From</label>
        <input id="from" name="from" type="date" defaultValue={values.from ?? ""} className={field} {...invalid("from")} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">To</label>
        <input id="to" name="to" type="date" defaultValue={values.to ?? ""} className={field} {...invalid("to")} />
      </div>
      <div className="flex gap-3 md:mt-6">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Filter</button>
        <a href="/audit" className="py-2 text-sm text-brand-700 underline">Clear</a>
      </div>
      <div id="audit-problems" role="status" className="md:col-span-3 lg:col-span-6">
        {problems.length ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{problems.map((p) => p.message).join(" ")}</p> : null}
      </div>
    </form>
  );
}
