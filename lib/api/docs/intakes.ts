import { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";
import { CONCERNS, MODALITIES } from "@/lib/domain/matching/vocabulary";
import { clinicianUpdate } from "@/lib/validation/clinician";
import { coupleCreate, coupleUpdate } from "@/lib/validation/couple-write";
import { clientDtoSchema, clinicianDtoSchema, coupleDtoSchema, pageOf } from "@/lib/validation/dto";
import { intakeContactCreate, intakeContactDto, intakeContactList } from "@/lib/validation/intake-contact";
import { availabilityWindow, intakeAssign, intakeCreate, intakeListQuery, intakeUpdate, matchQuery } from "@/lib/validation/intake";

// Response shapes of the intake and matching routes (DESIGN.md "Intake request" and "Match").

const reason = z.object({ factor: z.string(), points: z.number().int(), maxPoints: z.number().int(), detail: z.string() });

export const intakeDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(["INDIVIDUAL", "COUPLE"]),
  clients: z.array(z.object({
    firstName: z.string(), lastName: z.string(), dateOfBirth: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(),
    clientId: z.string().nullable().describe("The client record this person is: linked before assignment, or created by it"),
  })),
  concerns: z.array(z.enum(CONCERNS)),
  serviceType: z.enum(MODALITIES),
  locationIds: z.array(z.string()),
  telehealthOk: z.boolean(),
  availability: z.array(availabilityWindow),
  preferences: z.object({ clinicianGender: z.string().optional(), language: z.string().optional() }),
  payment: z.object({ type: z.enum(["INSURANCE", "SELF_PAY"]), insurer: z.string().optional() }),
  urgency: z.enum(["ROUTINE", "SOON", "URGENT"]).describe("Always URGENT when the risk screen is positive"),
  riskScreen: z.object({ selfHarm: z.boolean(), violence: z.boolean(), substance: z.boolean() }),
  risk: z.boolean(),
  status: z.enum(["NEW", "MATCHED", "WAITLISTED", "CLOSED"]),
  waitlistReason: z.string().nullable(),
  clientIds: z.array(z.string()),
  coupleId: z.string().nullable(),
  version: z.number().int().min(1).describe("Send it with a PATCH: a stale one answers 409 with the current request"),
  createdAt: z.string(), updatedAt: z.string(), matchedAt: z.string().nullable(), waitlistedAt: z.string().nullable(),
  assignment: z.object({
    id: z.string(), clinicianId: z.string(), clinicianName: z.string(), assignedById: z.string().describe("User id of the specialist"),
    score: z.number().int(), reasons: z.array(reason), note: z.string(), createdAt: z.string(),
  }).nullable(),
});

const duplicate = z.object({
  clientIndex: z.number().int().describe("Which person of the request"),
  matchedOn: z.array(z.enum(["email", "nameAndDateOfBirth"])),
  linked: z.boolean(),
  client: clientDtoSchema,
});

const matchesSchema = z.object({
  data: z.array(z.object({
    clinicianId: z.string(), name: z.string(), email: z.string(), score: z.number().int().min(0).max(100), reasons: z.array(reason),
    discipline: clinicianDtoSchema.shape.discipline, credentials: z.string(),
    activeCaseload: z.number().int(), maxCaseload: z.number().int(), utilization: z.number(),
    firstSlots: z.array(z.object({
      startsAt: z.string().describe("ISO date-time with the practice's offset, as the assign route's firstAppointment takes it"),
      label: z.string().describe("The start in words, in the practice's time zone"),
    })).describe("The next session starts in the weekly hours both have free"),
    telehealth: z.boolean(),
  })).describe("Best first: score desc, then utilisation asc, then clinicianId asc"),
  excluded: z.array(z.object({ clinicianId: z.string(), name: z.string(), why: z.string(), filters: z.array(z.object({ filter: z.string(), detail: z.string() })) })),
  intakeId: z.string(),
  status: intakeDtoSchema.shape.status,
  referenceDate: z.string().describe("The day ages were measured on"),
  timeZone: z.string().describe("The practice's IANA time zone"),
  sessionMinutes: z.number().int().describe("Length of a first session: 50, or 80 for a couple"),
  telehealthOk: z.boolean(),
});

const id = "{id}";
export const intakeRoutes: RouteDoc[] = [
  {
    method: "get", path: "/api/v1/intakes", summary: "List intake requests, newest first (`q` searches names and emails, `status` filters)",
    access: "OWNER, INTAKE: all; THERAPIST: those assigned to them", query: intakeListQuery, response: pageOf(intakeDtoSchema), errors: [400, 401],
  },
  {
    method: "post", path: "/api/v1/intakes", summary: "File an intake request (a positive risk screen makes it URGENT; a couple needs exactly two clients)",
    access: "INTAKE", body: intakeCreate, response: intakeDtoSchema, status: 201, errors: [400, 401, 403, 413],
  },
  {
    method: "get", path: `/api/v1/intakes/${id}`,
    summary: "One intake request; for OWNER and INTAKE with `possibleDuplicates`: clients on file with the same email, or the same first and last name and date of birth",
    access: "OWNER, INTAKE: all; THERAPIST: those assigned to them", response: intakeDtoSchema.extend({ possibleDuplicates: z.array(duplicate) }), errors: [400, 401, 404],
  },
  {
    method: "patch", path: `/api/v1/intakes/${id}`,
    summary: "Change a request that is not matched yet (409 once matched, or for a stale `version`, with the current request in error.details.current). `status` may be NEW (reopen) or CLOSED; link a person to a client on file with `clients[i].clientId`",
    access: "INTAKE", body: intakeUpdate, response: intakeDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "get", path: `/api/v1/intakes/${id}/matches`, summary: "Ranked clinicians with score (0-100) and per-factor reasons, and the excluded ones with why",
    access: "OWNER, INTAKE (THERAPIST: 403)", query: matchQuery, response: matchesSchema, errors: [400, 401, 403, 404],
  },
  {
    method: "post", path: `/api/v1/intakes/${id}/assign`,
    summary:
      "`{ clinicianId }` creates or links the client(s) or couple, ACTIVE with that clinician, records the Assignment and marks the request MATCHED, in one transaction; " +
      "`existingClientIds` (one per person, null = new record) links clients on file. `{ waitlist: true, reason }` waitlists. 409: already assigned, closed, or the clinician is full",
    access: "OWNER, INTAKE (THERAPIST: 403)", body: intakeAssign, response: intakeDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "patch", path: `/api/v1/clinicians/${id}`, summary: "Edit a clinician profile (`maxCaseload`: owner only; a stale `version`: 409 with the current profile)",
    access: "OWNER: all; THERAPIST: own profile (other profiles 404, maxCaseload 403); INTAKE: 403", body: clinicianUpdate, response: clinicianDtoSchema,
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "post", path: "/api/v1/couples", summary: "Create a couple from two partners: each an existing `{ clientId }` or a new person's details (or `partnerIds: [id, id]`). 409 if they already are a couple",
    access: "INTAKE", body: coupleCreate, response: coupleDtoSchema, status: 201, errors: [400, 401, 403, 409, 413],
  },
  {
    method: "patch", path: `/api/v1/couples/${id}`, summary: "Update a couple (status, relationship, secrets policy, clinician, location)",
    access: "details: INTAKE all, THERAPIST own caseload; status and discharge (as a client's, 409 for a forbidden move): OWNER, INTAKE all, THERAPIST own caseload; reassignment: OWNER, INTAKE. A stale version: 409 with the current couple",
    body: coupleUpdate, response: coupleDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "get", path: `/api/v1/intakes/${id}/contacts`, summary: "The contact log of an intake request (calls, messages, emails, voicemails), newest first",
    access: "OWNER, INTAKE: all; THERAPIST: requests of their caseload (others 404)", response: intakeContactList, errors: [400, 401, 404],
  },
  {
    method: "post", path: `/api/v1/intakes/${id}/contacts`, summary: "Log a contact: `{ kind, outcome, note?, at? }` (`at` defaults to now and may not be in the future)",
    access: "INTAKE (OWNER: 403; THERAPIST: 403 on their caseload's requests, 404 on others)", body: intakeContactCreate, response: intakeContactDto, status: 201, errors: [400, 401, 403, 404, 413],
  },
];
