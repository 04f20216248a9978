import { apiRoute, readJson } from "@/lib/api/handler";
import { getAppointment } from "@/lib/data/appointments/appointments";
import { updateAppointment } from "@/lib/data/appointments/update";
import { id } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getAppointment(actor, id.parse(params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  updateAppointment(actor, id.parse(params.id), await readJson(request)),
);
