import { SMALL_CELL_MIN } from "@/lib/domain/reports/suppression";

/** A published count, or "<5" (with its reason for assistive technology) when suppressed. */
export function Count({ value }: { value: number | null }) {
  if (value !== null) return <>{value}</>;
  return (
    <abbr title={`Between 1 and ${SMALL_CELL_MIN - 1}: hidden so that no small group can be identified`} className="no-underline">
      &lt;{SMALL_CELL_MIN}
    </abbr>
  );
}
