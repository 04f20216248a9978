import type { ReactNode } from "react";

/** Headline figures: a label over a large value, with an optional line of context. */
export function Tiles({ items }: { items: { label: string; value: ReactNode; hint?: string }[] }) {
  return (
    <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-6">
      {items.map((t) => (
        <div key={t.label} className="rounded-lg bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{t.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{t.value}</dd>
          {t.hint ? <dd className="text-xs text-slate-600">{t.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
