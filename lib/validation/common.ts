import { z } from "zod";
import { inSupportedYears, MAX_YEAR, MIN_YEAR, parseCalendarDate } from "@/lib/domain/calendar";

/**
 * A calendar date, "YYYY-MM-DD", that exists (2026-02-30 does not), in years 1900-2999 for every
 * date field: outside them a date is a typo or an attack (year 0000 fails in Postgres, year 9999
 * made a report loop without end), never a client's birth or a session.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the form YYYY-MM-DD.", abort: true })
  .refine((value) => parseCalendarDate(value) !== null, { message: "Not a real date.", abort: true })
  .refine((value) => inSupportedYears(Number(value.slice(0, 4))), { message: `Use a year from ${MIN_YEAR} to ${MAX_YEAR}.`, abort: true });

/** Postgres text cannot hold the NUL character: refuse it with the field named rather than fail in the database. */
export const NO_NUL = [(value: string) => !value.includes("\u0000"), "Remove the NUL character (\\u0000): it cannot be stored."] as const;

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");

/** `?limit=` (1-100, default 50) and `?cursor=` of every list. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: id.optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Turns `limit + 1` fetched rows into a page and its cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? (data[data.length - 1]?.id ?? null) : null };
}

export const trimmed = (max: number) => z.string().trim().max(max).refine(...NO_NUL);
export const optionalText = (max: number) => trimmed(max).nullish().transform((v) => (v ? v : null));
