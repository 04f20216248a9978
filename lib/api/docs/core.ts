import { clientCreate, clientListQuery, clientUpdate, coupleListQuery } from "@/lib/validation/client";
import { pageQuery } from "@/lib/validation/common";
import { clientDtoSchema, clinicianDtoSchema, coupleDtoSchema, meSchema, pageOf } from "@/lib/validation/dto";
import type { RouteDoc } from "@/lib/api/docs/types";

export const coreRoutes: RouteDoc[] = [
  {
    method: "get", path: "/api/v1/openapi.json", summary: "This OpenAPI 3.1 document, generated from the zod schemas that validate requests",
    access: "anyone (it holds no data)", public: true, errors: [],
  },
  { method: "get", path: "/api/v1/me", summary: "The signed-in user", access: "any signed-in user", response: meSchema, errors: [401] },
  {
    method: "get", path: "/api/v1/clients", summary: "List clients (`q` searches names)", access: "OWNER, INTAKE: all; THERAPIST: own caseload",
    query: clientListQuery, response: pageOf(clientDtoSchema), errors: [400, 401, 403],
  },
  {
    method: "post", path: "/api/v1/clients", summary: "Create a client in the caller's practice (a sent practiceId is ignored)", access: "INTAKE",
    body: clientCreate, response: clientDtoSchema, status: 201, errors: [400, 401, 403, 413],
  },
  { method: "get", path: "/api/v1/clients/{id}", summary: "One client", access: "OWNER, INTAKE: all; THERAPIST: own caseload", response: clientDtoSchema, errors: [400, 401, 404] },
  {
    method: "patch", path: "/api/v1/clients/{id}",
    summary: "Update a client: demographics; status (INQUIRY -> WAITLISTED | ACTIVE, WAITLISTED -> ACTIVE | DISCHARGED, ACTIVE -> DISCHARGED, DISCHARGED -> ACTIVE; other moves 409), discharge (needs dischargeReason), reassignment (assignedClinicianId, reason). A sent version that is not the current one: 409 with the current client in error.details.current",
    access: "demographics: INTAKE all, THERAPIST own caseload; status: OWNER, INTAKE all, THERAPIST own caseload; reassignment: OWNER, INTAKE",
    body: clientUpdate, response: clientDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "get", path: "/api/v1/couples", summary: "List couples with both partners", access: "OWNER, INTAKE: all; THERAPIST: own caseload",
    query: coupleListQuery, response: pageOf(coupleDtoSchema), errors: [400, 401, 403],
  },
  { method: "get", path: "/api/v1/couples/{id}", summary: "One couple", access: "OWNER, INTAKE: all; THERAPIST: own caseload", response: coupleDtoSchema, errors: [400, 401, 404] },
  {
    method: "get", path: "/api/v1/clinicians", summary: "Clinician profiles with current caseload and capacity", access: "OWNER, INTAKE: all; THERAPIST: own profile",
    query: pageQuery, response: pageOf(clinicianDtoSchema), errors: [400, 401],
  },
  { method: "get", path: "/api/v1/clinicians/{id}", summary: "One clinician profile", access: "OWNER, INTAKE: all; THERAPIST: own profile", response: clinicianDtoSchema, errors: [400, 401, 404] },
];
