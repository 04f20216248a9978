import { apiRoute, readJson } from "@/lib/api/handler";
import { disableMfa } from "@/lib/data/sessions/mfa";

/** `{ password }` turns MFA off (a wrong password is 403, counted towards a limit). */
export const POST = apiRoute(async ({ actor, request }) => disableMfa(actor, await readJson(request)));
