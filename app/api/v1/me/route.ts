import { apiRoute } from "@/lib/api/handler";

export const GET = apiRoute(async ({ actor }) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  roles: actor.roles,
  practiceId: actor.practiceId,
  clinicianId: actor.clinicianId,
}));
