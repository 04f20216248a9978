import { apiRoute } from "@/lib/api/handler";
import { setupMfa } from "@/lib/data/sessions/mfa";

/** Starts MFA setup for the caller: `{ secret, otpauthUrl }` (DESIGN.md "Sessions and sign-in"). */
export const POST = apiRoute(async ({ actor }) => setupMfa(actor));
