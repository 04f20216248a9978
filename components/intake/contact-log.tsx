import { ContactForm } from "@/components/intake/contact-form";
import { CONTACT_KIND_LABELS } from "@/components/intake/contact-kinds";
import type { Actor } from "@/lib/data/actor";
import { allows } from "@/lib/data/access";
import { getContactLog } from "@/lib/data/intake/contacts";

/**
 * The request's contact log: every call, message, email and voicemail, newest first, at the
 * practice's local time, and (for intake staff) the form to log one. The safety protocol's
 * "document the call in the intake record" means here.
 */
export async function ContactLog({ actor, intakeId }: { actor: Actor; intakeId: string }) {
  const { data, timeZone } = await getContactLog(actor, intakeId);
  const when = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" });
  return (
    <section aria-labelledby="contacts-heading" className="mb-6">
      <h2 id="contacts-heading" className="mb-2 text-lg font-semibold">Contact log</h2>
      {data.length === 0 ? (
        <p className="mb-3 text-sm text-slate-700">No contact logged yet.</p>
      ) : (
        <ol className="mb-3 space-y-2" aria-label="Contacts, newest first">
          {data.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
              <p>
                <time dateTime={c.at} className="font-medium">{when.format(new Date(c.at))}</time> · {CONTACT_KIND_LABELS[c.kind]} · {c.outcome}
              </p>
              {c.note ? <p className="mt-1 whitespace-pre-line text-slate-700">{c.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {allows(actor, "intake:update") ? <ContactForm intakeId={intakeId} /> : null}
    </section>
  );
}
