import type { Insight } from "@/lib/domain/reports/insights";

const TONE: Record<Insight["tone"], { label: string; style: string }> = {
  attention: { label: "Needs attention", style: "border-amber-300 bg-amber-50" },
  good: { label: "Good", style: "border-emerald-300 bg-emerald-50" },
  neutral: { label: "Note", style: "border-slate-200 bg-white" },
};

/** A few sentences drawn from the reports below, most pressing first. */
export function AtAGlance({ items }: { items: Insight[] }) {
  return (
    <section aria-labelledby="glance-heading" className="mb-8">
      <h2 id="glance-heading" className="mb-2 text-lg font-semibold text-brand-900">At a glance</h2>
      <ul className="grid gap-2 md:grid-cols-2">
        {items.map((item) => (
          <li key={item.text} className={`rounded-lg border p-3 text-sm ${TONE[item.tone].style}`}>
            <span className="sr-only">{TONE[item.tone].label}: </span>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
