import { linkClientAction } from "@/app/(app)/intake/actions";
import type { PossibleDuplicate } from "@/lib/data/intake/duplicates";

interface Props {
  intakeId: string;
  people: { firstName: string; lastName: string; clientId: string | null }[];
  duplicates: PossibleDuplicate[];
  canLink: boolean;
}

const RULE_WORDS = { email: "same email", nameAndDateOfBirth: "same name and date of birth" } as const;

/**
 * Clients already on file who may be the same people. Linking one means assigning reuses that
 * record instead of creating a second one for the same person.
 */
export function DuplicatesPanel({ intakeId, people, duplicates, canLink }: Props) {
  if (duplicates.length === 0) {
    return <p className="text-sm text-slate-600">No clients on file share an email, or a name and date of birth, with the people in this request.</p>;
  }
  return (
    <div className="space-y-4">
      {people.map((person, index) => {
        const mine = duplicates.filter((d) => d.clientIndex === index);
        if (mine.length === 0) return null;
        return (
          <div key={index}>
            <h3 className="font-medium">Possibly already on file: {person.firstName} {person.lastName}</h3>
            <ul className="mt-1 space-y-2">
              {mine.map((d) => (
                <li key={d.client.id} className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
                  <span>
                    <strong>{d.client.firstName} {d.client.lastName}</strong>, born {d.client.dateOfBirth}
                    {d.client.email ? `, ${d.client.email}` : ""} · status {d.client.status.toLowerCase()} · {d.matchedOn.map((r) => RULE_WORDS[r]).join(" and ")}
                  </span>
                  {d.linked ? <span className="font-semibold text-emerald-800">Linked: assigning will reuse this record.</span> : null}
                  {canLink ? (
                    <form action={linkClientAction} className="ml-auto">
                      <input type="hidden" name="intakeId" value={intakeId} />
                      <input type="hidden" name="index" value={index} />
                      <input type="hidden" name="clientId" value={d.linked ? "" : d.client.id} />
                      <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1 hover:bg-slate-100">
                        {d.linked ? `Unlink ${d.client.firstName} ${d.client.lastName}` : `Use this record for ${person.firstName}`}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
