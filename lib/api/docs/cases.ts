import { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";

/** One entry of a case's assignment history. */
export const assignmentEntrySchema = z.object({
  clinicianId: z.string().describe("The Clinician assigned"),
  previousClinicianId: z.string().nullable().describe("The Clinician before (null for the first assignment)"),
  assignedById: z.string().describe("User id of whoever assigned"),
  assignedAt: z.string().describe("ISO date-time"),
  reason: z.string().nullable(),
  source: z.enum(["MATCH", "REASSIGN"]).describe("MATCH: assigned from an intake request; REASSIGN: a PATCH of assignedClinicianId"),
  clinicianName: z.string().nullable(),
  previousClinicianName: z.string().nullable(),
  assignedByName: z.string().nullable(),
});

const history = z.object({ data: z.array(assignmentEntrySchema).describe("Newest first, at most 200") });
const access = "OWNER, INTAKE: all; THERAPIST: own caseload now (a former clinician gets 404)";

/** The cases routes of API v1 (DESIGN.md, "Contract additions (2026-12)"). */
export const casesRoutes: RouteDoc[] = [
  { method: "get", path: "/api/v1/clients/{id}/assignments", summary: "A client's assignment history, newest first", access, response: history, errors: [400, 401, 404] },
  { method: "get", path: "/api/v1/couples/{id}/assignments", summary: "A couple's assignment history, newest first", access, response: history, errors: [400, 401, 404] },
];
