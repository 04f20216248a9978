import "server-only";
import { notFound } from "next/navigation";
import { id as idSchema } from "@/lib/validation/common";

/**
 * A page's record id from its URL, or the not-found page (HTTP 404) when it cannot be an id at
 * all: a malformed, NUL-laden or 5,000-character id is as missing as an unknown one.
 */
export function requireRecordId(raw: string): string {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}
