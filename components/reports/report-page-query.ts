import { defaultRange } from "@/lib/domain/reports/date-range";
import type { LocationDto } from "@/lib/data/admin/locations";
import { safeReportQuery, type ReportFilter } from "@/lib/validation/report";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The filter a report page shows: its search params when valid, else the default period (with
 * the problems in words). A location not of this practice is a problem too: the data layer
 * would refuse it anyway, but a page should say so rather than fail.
 */
export function reportPageQuery(params: SearchParams, locations: LocationDto[]): { filter: ReportFilter; problems: { path: string; message: string }[] } {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined));
  const parsed = safeReportQuery(flat);
  if (!parsed.ok) return { filter: { ...defaultRange(), locationId: null }, problems: parsed.issues };
  const { from, to, locationId } = parsed.value;
  if (locationId && !locations.some((l) => l.id === locationId)) {
    return { filter: { from, to, locationId: null }, problems: [{ path: "locationId", message: "That location is not one of this practice's." }] };
  }
  return { filter: { from, to, locationId }, problems: [] };
}
