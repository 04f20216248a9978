import Link from "next/link";
import type { TodayItem } from "@/lib/data/today/today";

/** One list of the therapist's day, with its empty state in words. */
export function TodayList({ id, title, items, empty, action }: { id: string; title: string; items: TodayItem[]; empty: string; action: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-2 text-lg font-semibold">{title} <span className="text-slate-500">({items.length})</span></h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{item.who}</span>
                <span className="ml-2 text-sm text-slate-600">{item.when} · {item.detail}</span>
              </span>
              <Link href={item.href} className="text-sm text-brand-700 underline">{action}<span className="sr-only">: {item.who}, {item.when}</span></Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
