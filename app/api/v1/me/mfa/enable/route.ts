import { apiRoute, readJson } from "@/lib/api/handler";
import { enableMfa } from "@/lib/data/sessions/mfa";

/** `{ code }` turns MFA on and answers `{ recoveryCodes }`, shown this once. */
export const POST = apiRoute(async ({ actor, request }) => enableMfa(actor, await readJson(request)));
