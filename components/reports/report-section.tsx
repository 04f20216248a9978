import type { ReactNode } from "react";

/** A report block: heading, one line on what the figures mean, its download, then content. */
export function ReportSection({ id, title, description, download, children }: { id: string; title: string; description: ReactNode; download?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className="text-lg font-semibold text-brand-900">{title}</h2>
          <p className="max-w-3xl text-sm text-slate-600">{description}</p>
        </div>
        {download}
      </div>
      {children}
    </section>
  );
}
