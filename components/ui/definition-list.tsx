import type { ReactNode } from "react";

/** Label/value pairs as a <dl>, two columns from the small breakpoint up. */
export function DefinitionList({ rows, termWidth = "10rem" }: { rows: [string, ReactNode][]; termWidth?: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 text-sm shadow-sm sm:grid-cols-[var(--term)_1fr]" style={{ ["--term" as string]: termWidth }}>
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
