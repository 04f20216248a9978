import { z } from "zod";

// Validated once, so a misconfigured server fails with a clear message instead of half-working.
// Auth.js reads AUTH_SECRET / AUTH_TRUST_HOST itself.
const schema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DB_POOL_MAX: z.coerce.number().int().positive().max(200).default(10),
  /**
   * Only where the server cannot log in as the app role (the embedded PGlite, which has one
   * session user): each transaction then switches to this role with SET LOCAL ROLE.
   */
  DATABASE_SET_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "DATABASE_SET_ROLE must be a role name").optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The environment, parsed on first use (not at import: `next build` runs without a database). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}
