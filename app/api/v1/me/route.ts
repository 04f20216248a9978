import { apiRoute } from "@/lib/api/handler";
import { getMfaStatus } from "@/lib/data/sessions/mfa";

export const GET = apiRoute(async ({ actor }) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  roles: actor.roles,
  practiceId: actor.practiceId,
  clinicianId: actor.clinicianId,
  // Read with the session; an actor built without it (not a browser session) is looked up.
  mfaEnabled: actor.mfaEnabled ?? (await getMfaStatus(actor)).enabled,
}));
