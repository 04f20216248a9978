import { SafetyProtocol } from "@/components/intake/safety-protocol";
import { MeasureForm } from "@/components/measures/measure-form";
import { MeasuresChart } from "@/components/measures/measures-chart";
import { MeasuresTable } from "@/components/measures/measures-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/data/actor";
import { loadMeasureSection } from "@/lib/data/measures/section";
import { INSTRUMENTS, SELF_HARM_ITEM, type Instrument } from "@/lib/domain/measures";

/**
 * The "Measures" section of a client's page (PHQ-9, GAD-7, CSI-4) or a couple's (CSI-4 per
 * partner): nothing for roles that never read measures, a sentence for a case one does not treat.
 */
export async function MeasuresSection({ actor, clientId, coupleId }: { actor: Actor; clientId?: string; coupleId?: string }) {
  const target = coupleId ? { coupleId } : clientId ? { clientId } : null;
  if (!target) return null;
  const section = await loadMeasureSection(actor, target);
  if (!section) return null;
  const forCouple = "coupleId" in target;
  const instruments: Instrument[] = forCouple ? ["CSI4"] : [...INSTRUMENTS];
  const newestPhq = section.measures.find((m) => m.instrument === "PHQ9");
  const protocolShown = !!newestPhq?.flags.includes(SELF_HARM_ITEM);
  const shown = new Set(section.measures.map((m) => m.instrument));
  return (
    <section aria-labelledby="measures-heading" className="mt-8 space-y-3">
      <h2 id="measures-heading" className="text-lg font-semibold text-brand-900">Measures</h2>
      {section.people.length === 0 && section.measures.length === 0 ? (
        <p className="text-slate-700">Only the clinician treating this case now sees and enters its measures.</p>
      ) : (
        <>
          {protocolShown ? <SafetyProtocol text={section.safetyProtocol} /> : null}
          {section.measures.length === 0 ? (
            <EmptyState title="No measures yet.">{forCouple ? "Enter a CSI-4 for each partner below." : "Enter a PHQ-9, GAD-7 or CSI-4 below."}</EmptyState>
          ) : (
            <>
              <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
                {instruments.filter((code) => shown.has(code)).map((code) => <MeasuresChart key={code} instrument={code} measures={section.measures} names={section.names} />)}
              </div>
              <MeasuresTable measures={section.measures} names={section.names} showPerson={forCouple}
                caption={forCouple ? "CSI-4 scores of each partner, newest first" : "Measures, newest first"} />
            </>
          )}
          {section.canWrite ? (
            <MeasureForm people={section.people} coupleId={forCouple ? target.coupleId : undefined} instruments={instruments}
              today={section.today} safetyProtocol={section.safetyProtocol} protocolShown={protocolShown} />
          ) : null}
        </>
      )}
    </section>
  );
}
