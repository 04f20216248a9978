import type { RouteDoc } from "@/lib/api/docs/types";
import { pageOf } from "@/lib/validation/dto";
import { appointmentCreate, appointmentDtoSchema, appointmentListQuery, appointmentPatch } from "@/lib/validation/appointment";

const ACCESS = "OWNER, INTAKE: every clinician's calendar; THERAPIST: their own calendar";

/** The appointments routes of API v1 (DESIGN.md, "Contract additions (2026-12)"). */
export const appointmentsRoutes: RouteDoc[] = [
  {
    method: "get", path: "/api/v1/appointments",
    summary: "Appointments starting in [from, to) (at most 92 days), earliest first; `clinicianId` narrows to one calendar",
    access: `${ACCESS} (another clinician's calendar: 403)`,
    query: appointmentListQuery, response: pageOf(appointmentDtoSchema), errors: [400, 401, 403],
  },
  {
    method: "post", path: "/api/v1/appointments",
    summary: "Book an appointment for one client or one couple, at an active location or by telehealth; an overlap with the clinician's other appointments that are not cancelled is 409",
    access: "OWNER, INTAKE: any clinician, any client or couple; THERAPIST: own calendar, own caseload",
    body: appointmentCreate, response: appointmentDtoSchema, status: 201, errors: [400, 401, 403, 409, 413],
  },
  { method: "get", path: "/api/v1/appointments/{id}", summary: "One appointment", access: ACCESS, response: appointmentDtoSchema, errors: [400, 401, 404] },
  {
    method: "patch", path: "/api/v1/appointments/{id}",
    summary: "Reschedule (startsAt, durationMinutes, place) or move the status (SCHEDULED -> ATTENDED | NO_SHOW once started, CANCELLED | LATE_CANCELLED); `version` required, stale: 409 with the current appointment",
    access: ACCESS,
    body: appointmentPatch, response: appointmentDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
];
