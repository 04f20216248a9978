import { ProgressChart } from "@/components/progress/progress-chart";
import { ProgressSummaries } from "@/components/progress/progress-summary";
import { ProgressTable } from "@/components/progress/progress-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Progress } from "@/lib/data/notes/progress";

/** The progress block of a client's or couple's page: summaries, the timeline, its table. */
export function ProgressSection({ progress, subjectName }: { progress: Progress; subjectName: string }) {
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2 id="progress-heading" className="text-lg font-semibold text-brand-900">Progress</h2>
      {progress.points.length === 0 ? (
        <EmptyState title="No signed sessions yet.">The timeline fills in as notes are signed.</EmptyState>
      ) : (
        <>
          <ProgressSummaries progress={progress} subjectName={subjectName} />
          <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <figcaption className="mb-2 text-sm text-slate-700">
              Intimacy level reached per signed session (1 clichés to 7 legitimate needs){progress.kind === "couple" ? ", for the couple and each partner" : ""}, with the enemies of intimacy present below.
            </figcaption>
            <ProgressChart progress={progress} subjectName={subjectName} />
          </figure>
          <ProgressTable progress={progress} subjectName={subjectName} />
        </>
      )}
    </section>
  );
}
