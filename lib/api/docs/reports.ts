import { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";
import { ENEMIES } from "@/lib/domain/intimacy";
import { auditQuery } from "@/lib/validation/admin";
import { pageOf } from "@/lib/validation/dto";
import { reportQuery } from "@/lib/validation/report";

const count = z.number().int();
const suppressed = z.number().int().nullable().describe("null when the count is 1-4 (small-cell suppression)");
const period = {
  from: z.string().describe("YYYY-MM-DD"),
  to: z.string().describe("YYYY-MM-DD"),
  locationId: z.string().nullable(),
  scope: z.enum(["practice", "own"]).describe("own: the caller's own caseload (THERAPIST)"),
};

const caseloadRow = z.object({
  clinicianId: z.string(), name: z.string(),
  activeClients: count.describe("ACTIVE clients assigned to the clinician (at the location, if filtered)"),
  activeCouples: count, sessions: count.describe("Notes with a session date in the period"),
  unsignedNotes: count.describe("DRAFT notes started more than 72 hours ago"),
  maxCaseload: count, utilization: z.number().nullable().describe("activeCases / maxCaseload (whole caseload), null if maxCaseload is 0"),
  activeCases: count.describe("Active couples plus active clients not seen as part of one"), capacityLeft: count,
  acceptingNewClients: z.boolean(), active: z.boolean(),
});

const locationRow = z.object({
  locationId: z.string().nullable(), name: z.string(), active: z.boolean(), activeClients: count, activeCouples: count,
  activeCases: count, sessions: count, unsignedNotes: count, clinicians: count, capacityLeft: count,
});

export const caseloadReportSchema = z.object({
  ...period, data: z.array(caseloadRow), byLocation: z.array(locationRow),
  totals: z.object({ activeClients: count, activeCouples: count, activeCases: count, sessions: count, unsignedNotes: count, maxCaseload: count, utilization: z.number().nullable() }),
});

const funnelMonth = z.object({ month: z.string().describe("YYYY-MM"), new: count, matched: count, waitlisted: count, medianDaysToMatch: z.number().nullable() });
export const funnelReportSchema = z.object({
  ...period, new: count.describe("Requests received in the period"), matched: count, waitlisted: count,
  medianDaysToMatch: z.number().nullable(), openNow: count.describe("Now: requests awaiting a first decision"),
  waitlist: z.object({ count, medianAgeDays: z.number().nullable(), oldestAgeDays: z.number().nullable() }),
  data: z.array(funnelMonth),
});

const progress = { couplesEvaluated: suppressed, couplesImproved: suppressed, improvedShare: z.number().nullable().describe("0-1; null when a count behind it is suppressed") };
export const trendsReportSchema = z.object({
  ...period, suppressionThreshold: z.literal(5),
  data: z.array(z.object({
    month: z.string(),
    levels: z.object(Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((k) => [k, suppressed]))).describe("Sessions by deepest level reached"),
    enemies: z.object(Object.fromEntries(ENEMIES.map((e) => [e, suppressed]))).describe("Sessions with the enemy present"),
    ...progress,
  })),
  progress: z.object(progress),
});

export const auditEventSchema = z.object({
  id: z.string(), at: z.string().describe("ISO 8601"), actorId: z.string().nullable(), actorName: z.string().nullable(),
  action: z.string(), entityType: z.string(), entityId: z.string().nullable(), outcome: z.enum(["ALLOWED", "DENIED", "NOT_FOUND"]), requestId: z.string().nullable(),
});

const csvNote = "`Accept: text/csv` or `?format=csv` answers CSV (attachment). Every read is audited.";

export const reportRoutes: RouteDoc[] = [
  {
    method: "get", path: "/api/v1/reports/caseload", summary: `Caseload and capacity by clinician (data) and by location (byLocation). ${csvNote}`,
    access: "OWNER: practice; THERAPIST: own caseload", query: reportQuery, response: caseloadReportSchema, errors: [400, 401, 403], csv: true,
  },
  {
    method: "get", path: "/api/v1/reports/intake-funnel", summary: `Intake requests received, matched and waitlisted, time to match, waitlist age. ${csvNote}`,
    access: "OWNER, INTAKE: practice; THERAPIST: requests matched to them", query: reportQuery, response: funnelReportSchema, errors: [400, 401, 403], csv: true,
  },
  {
    method: "get", path: "/api/v1/reports/clinical-trends", summary: `De-identified clinical trends per month; counts 1-4 are null. ${csvNote}`,
    access: "OWNER: practice; THERAPIST: own caseload", query: reportQuery, response: trendsReportSchema, errors: [400, 401, 403], csv: true,
  },
  {
    method: "get", path: "/api/v1/audit-events",
    summary: "The practice's audit trail, newest first (reading it is audited too). `?clientId=` finds every event that disclosed that client, list and search reads included. `Accept: text/csv` or `?format=csv` answers every matching event (at most 10,000) as a CSV attachment: with `clientId`, the client's accounting of disclosures",
    access: "OWNER", query: auditQuery, response: pageOf(auditEventSchema), errors: [400, 401, 403], csv: true,
  },
];
