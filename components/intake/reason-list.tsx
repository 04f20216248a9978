import { FACTOR_LABELS } from "@/components/intake/labels";

export interface ReasonView {
  factor: string;
  points: number;
  maxPoints?: number;
  detail: string;
}

/** Each scored factor on one line: name, points out of its weight, and the sentence why. */
export function ReasonList({ reasons }: { reasons: ReasonView[] }) {
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_4.5rem_1fr]">
      {reasons.map((r, i) => (
        <div key={`${r.factor}-${i}`} className="contents">
          <dt className="font-medium text-slate-800">{FACTOR_LABELS[r.factor] ?? r.factor}</dt>
          <dd className="tabular-nums text-slate-700">
            {r.maxPoints ? `${r.points} of ${r.maxPoints}` : `${r.points} pts`}
          </dd>
          <dd className="text-slate-700">{r.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
