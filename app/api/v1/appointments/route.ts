import { apiRoute, created, queryOf, readJson } from "@/lib/api/handler";
import { createAppointment, listAppointments } from "@/lib/data/appointments/appointments";

export const GET = apiRoute(async ({ request, actor }) => listAppointments(actor, queryOf(request)));

export const POST = apiRoute(async ({ request, actor }) => created(await createAppointment(actor, await readJson(request))));
