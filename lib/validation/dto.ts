import { z } from "zod";

// Response shapes of API v1, for the OpenAPI document (DESIGN.md's payloads).

/** The version a PATCH is based on: every successful update adds one. */
export const versionSchema = z.number().int().min(1).describe("Starts at 1; send it with a PATCH: a stale one answers 409 with the current record");

/** What a client's and a couple's payload add for the case lifecycle. */
const caseFields = {
  dischargedOn: z.string().nullable().describe("YYYY-MM-DD, set when discharged, cleared on reopening"),
  dischargeReason: z.string().nullable(),
  version: versionSchema,
};

export const clientDtoSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().describe("YYYY-MM-DD"),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  pronouns: z.string().nullable(),
  status: z.enum(["INQUIRY", "WAITLISTED", "ACTIVE", "DISCHARGED"]),
  assignedClinicianId: z.string().nullable().describe("A Clinician id, never a user id"),
  locationId: z.string().nullable(),
  ...caseFields,
});

export const coupleDtoSchema = z.object({
  id: z.string(),
  partners: z.tuple([clientDtoSchema, clientDtoSchema]),
  relationshipStatus: z.string(),
  status: z.enum(["INQUIRY", "WAITLISTED", "ACTIVE", "DISCHARGED"]),
  assignedClinicianId: z.string().nullable(),
  secretsPolicy: z.enum(["NO_SECRETS", "LIMITED_SECRETS"]),
  locationId: z.string().nullable(),
  ...caseFields,
});

export const availabilitySchema = z.object({
  weekday: z.number().int().min(0).max(6),
  from: z.string().regex(/^\d{2}:\d{2}$/),
  to: z.string().regex(/^\d{2}:\d{2}$/),
});

export const clinicianDtoSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  discipline: z.enum(["PSYCHOLOGY", "MFT", "COUNSELING", "SOCIAL_WORK"]),
  credentials: z.string(),
  gender: z.string().nullable(),
  bio: z.string(),
  specialties: z.array(z.string()),
  ageGroups: z.array(z.string()),
  insurancePanels: z.array(z.string()),
  couplesYears: z.number().int(),
  modalities: z.array(z.enum(["INDIVIDUAL", "COUPLES", "FAMILY", "CHILD_ADOLESCENT"])),
  locationIds: z.array(z.string()),
  telehealth: z.boolean(),
  languages: z.array(z.string()),
  availability: z.array(availabilitySchema),
  acceptingNewClients: z.boolean(),
  maxCaseload: z.number().int(),
  activeCaseload: z.number().int().describe("Active couples plus active individual clients not seen as part of a couple"),
  version: versionSchema,
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(["OWNER", "THERAPIST", "INTAKE"])),
  practiceId: z.string(),
  clinicianId: z.string().nullable(),
  mfaEnabled: z.boolean().describe("MFA (TOTP) is on for this user"),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() })).optional(),
    details: z.unknown().optional().describe("A 409's current state of the record, when the caller needs it to retry"),
  }),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });
