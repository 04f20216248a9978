import { DEFINITIONS, SELF_HARM_ITEM } from "@/lib/domain/measures";
import type { MeasureDto } from "@/lib/validation/measure";

/** Past scores with their bands, newest first: also the accessible form of the chart. */
export function MeasuresTable({ measures, names, caption, showPerson }: {
  measures: MeasureDto[];
  names: Record<string, string>;
  caption: string;
  showPerson: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Taken on</th>
            {showPerson ? <th scope="col" className="px-3 py-2 font-medium">Client</th> : null}
            <th scope="col" className="px-3 py-2 font-medium">Measure</th>
            <th scope="col" className="px-3 py-2 font-medium">Score</th>
            <th scope="col" className="px-3 py-2 font-medium">Band</th>
            <th scope="col" className="px-3 py-2 font-medium">Flags</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => {
            const def = DEFINITIONS[m.instrument];
            const max = def.items.reduce((sum, item) => sum + item.max, 0);
            return (
              <tr key={m.id} className="border-b border-slate-100 last:border-0">
                <td className="px-3 py-2 whitespace-nowrap">{m.takenOn}</td>
                {showPerson ? <td className="px-3 py-2">{names[m.clientId] ?? "Client"}</td> : null}
                <td className="px-3 py-2">{def.name}{m.coupleId && !showPerson ? " (couple work)" : ""}</td>
                <td className="px-3 py-2">{m.score} <span className="text-slate-500">of {max}</span></td>
                <td className="px-3 py-2">{m.band}</td>
                <td className="px-3 py-2">
                  {m.flags.includes(SELF_HARM_ITEM) ? <strong className="text-red-800">Self-harm item answered</strong> : <span className="text-slate-500">None</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
