/** A 0-100 score as a bar with the number in words beside it (the bar alone is decoration). */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const width = Math.max(0, Math.min(100, score));
  const tone = score >= 75 ? "bg-emerald-600" : score >= 50 ? "bg-brand-600" : "bg-amber-500";
  return (
    <div className="flex items-center gap-3">
      <div className="h-3 w-40 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-full ${tone}`} style={{ width: `${width}%` }} />
      </div>
      <p className="text-sm font-semibold"><span className="sr-only">{label}: </span>{score} / 100</p>
    </div>
  );
}
