import { z } from "zod";
import { trimmed } from "@/lib/validation/common";

/** POST /api/v1/tokens. */
export const tokenCreate = z.object({
  name: trimmed(100).min(1, "Give the token a name (what it is for)."),
  expiresInDays: z.coerce.number().int().min(1, "At least 1 day.").max(365, "At most 365 days."),
});
export type TokenCreate = z.infer<typeof tokenCreate>;

/** A token as listed: never its value or hash. */
export const tokenDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdById: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string().describe("ISO date-time"),
  expiresAt: z.string().describe("ISO date-time"),
  lastUsedAt: z.string().nullable().describe("ISO date-time"),
  revokedAt: z.string().nullable().describe("ISO date-time"),
  expired: z.boolean().describe("Past expiresAt when read"),
});
export type TokenDto = z.infer<typeof tokenDtoSchema>;

/** The answer to POST: the value, shown this once. */
export const tokenCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string().describe("lsk_ + 43 characters; shown only in this answer"),
  expiresAt: z.string().describe("ISO date-time"),
});
export type TokenCreated = z.infer<typeof tokenCreatedSchema>;
