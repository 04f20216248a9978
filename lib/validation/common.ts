import { z } from "zod";

/**
 * A calendar date, "YYYY-MM-DD", that exists. Year 0000 is refused: JavaScript has it, Postgres
 * does not (storing or comparing it would fail in the database, a 500 instead of a 400).
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !value.startsWith("0000") && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a real date.");

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
