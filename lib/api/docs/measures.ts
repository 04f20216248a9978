import type { RouteDoc } from "@/lib/api/docs/types";
import { pageOf } from "@/lib/validation/dto";
import { measureCreate, measureDtoSchema, measureListQuery } from "@/lib/validation/measure";

const ACCESS = "The treating clinician of the client, or of the couple for a couple's measure (OWNER and THERAPIST, own cases); never INTAKE";

/** The measures routes of API v1 (DESIGN.md, "Measures"). */
export const measuresRoutes: RouteDoc[] = [
  {
    method: "post", path: "/api/v1/measures",
    summary: "Enter a PHQ-9, GAD-7 or CSI-4; the server scores it (score, band, flags such as SELF_HARM_ITEM). takenOn not in the practice's future",
    access: ACCESS, body: measureCreate, response: measureDtoSchema, status: 201, errors: [400, 401, 403, 404, 413],
  },
  {
    method: "get", path: "/api/v1/measures", summary: "A client's (clientId) or a couple's (coupleId) measures, newest first",
    access: ACCESS, query: measureListQuery, response: pageOf(measureDtoSchema), errors: [400, 401, 403],
  },
  { method: "get", path: "/api/v1/measures/{id}", summary: "One measure", access: ACCESS, response: measureDtoSchema, errors: [400, 401, 404] },
];
