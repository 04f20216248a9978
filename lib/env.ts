import { z } from "zod";

// Validated once, at start-up (instrumentation.ts calls env() before serving), so a
// misconfigured server stops with a clear message instead of half-working. `next build` never
// calls it: it runs without a database. Auth.js reads AUTH_SECRET / AUTH_TRUST_HOST itself; it
// is checked here too, because MFA secrets and draft keys are derived from it.
const schema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DB_POOL_MAX: z.coerce.number().int().positive().max(200).default(10),
  /**
   * Only where the server cannot log in as the app role (the embedded PGlite, which has one
   * session user): each transaction then switches to this role with SET LOCAL ROLE.
   */
  DATABASE_SET_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "DATABASE_SET_ROLE must be a role name").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be 32 characters or more (openssl rand -base64 32)").optional(),
  /** Auth.js's older name for it, still honoured. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be 32 characters or more").optional(),
}).superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && !value.AUTH_SECRET && !value.NEXTAUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production (openssl rand -base64 32)" });
  }
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parses an environment; throws one message naming every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

/** The environment: parsed at start-up by instrumentation.ts, then cached. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
