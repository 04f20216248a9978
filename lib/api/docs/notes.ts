import { z } from "zod";
import type { RouteDoc } from "@/lib/api/docs/types";
import { ENEMIES, INGREDIENTS } from "@/lib/domain/intimacy";
import { NOTE_FORMATS } from "@/lib/domain/note-format";
import { PATTERNS, PREREQUISITES } from "@/lib/domain/notes/relational";
import { pageOf } from "@/lib/validation/dto";
import { addendumCreate, noteCreate, noteListBase, notePatch, noteSign } from "@/lib/validation/note";

const addendumSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorId: z.string().describe("A user id"),
  authorName: z.string().nullable(),
  signedAt: z.string().describe("ISO timestamp"),
});

export const noteDtoSchema = z.object({
  id: z.string(),
  clientId: z.string().nullable(),
  coupleId: z.string().nullable(),
  sessionDate: z.string().describe("YYYY-MM-DD"),
  durationMinutes: z.number().int(),
  serviceType: z.string(),
  format: z.enum(NOTE_FORMATS),
  sections: z.record(z.string(), z.string()).describe("Exactly the format's section keys"),
  intimacyLevel: z.number().int().min(1).max(7),
  partnerLevels: z.array(z.object({ clientId: z.string(), level: z.number().int().min(1).max(7) })),
  enemies: z.array(z.object({
    enemy: z.enum(ENEMIES),
    intensity: z.number().int().min(0).max(3),
    clientId: z.string().nullable().describe("The partner who carries it (couple notes); null: the couple as a whole"),
  })),
  patterns: z.array(z.object({
    pattern: z.enum(PATTERNS),
    clientId: z.string().nullable().describe("The partner who shows it; null: both (the couple), or the client of an individual note"),
    intensity: z.number().int().min(0).max(3),
  })).describe("Relational patterns seen in the session; each (pattern, clientId) at most once"),
  ingredients: z.array(z.enum(INGREDIENTS)),
  prerequisites: z.array(z.enum(PREREQUISITES)).describe("Prerequisites of intimacy present in the session"),
  interventions: z.string(),
  homework: z.string(),
  riskFlag: z.boolean(),
  privateNote: z.string().nullable().describe("The author's private psychotherapy note; null for anyone else"),
  privateNoteSealed: z.boolean().describe("True when the author's private note exists but stays sealed in this session, after an owner reset the author's access (docs/decisions/0033)"),
  status: z.enum(["DRAFT", "SIGNED"]),
  version: z.number().int().describe("Starts at 1; every save and the signature add 1"),
  authorId: z.string().describe("A user id"),
  authorName: z.string(),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  addenda: z.array(addendumSchema),
});

const TREATING = "the treating clinician (the assigned clinician of the client or couple); INTAKE never";

export const noteRoutes: RouteDoc[] = [
  {
    method: "get", path: "/api/v1/notes", summary: "Notes of one client (`clientId`) or couple (`coupleId`), newest session first",
    access: `${TREATING}: INTAKE gets 403, anyone else 404 for the client or couple`,
    query: noteListBase, response: pageOf(noteDtoSchema), errors: [400, 401, 403, 404],
  },
  {
    method: "post", path: "/api/v1/notes",
    summary: "Start a DRAFT note for a client or a couple (exactly one of clientId, coupleId). `sessionDate` after today in the practice's time zone is 400. "
      + "A `clientId` on an enemy or pattern must be a partner of the couple (or the note's client): else 400. "
      + "Optional `appointmentId`: an appointment of the same client or couple on the author's calendar, not cancelled, is linked to the note "
      + "(its `noteId` set; a SCHEDULED one that has started becomes ATTENDED) in the same transaction; not visible: 404; already has a note: 409; "
      + "another case, another calendar or cancelled: 400",
    access: `${TREATING}, who becomes its author`, body: noteCreate, response: noteDtoSchema, status: 201, errors: [400, 401, 403, 404, 409, 413],
  },
  { method: "get", path: "/api/v1/notes/{id}", summary: "One note with its addenda", access: TREATING, response: noteDtoSchema, errors: [400, 401, 404] },
  {
    method: "patch", path: "/api/v1/notes/{id}",
    summary: "Save changes to a DRAFT: send `version` (the one the change is based on) and the fields that change. A stale version or a signed note is 409 with `error.details.current`, the note as it is now. "
      + "`patterns` and `enemies` replace the note's whole list (only the rows that differ are written); `sessionDate` after today in the practice's time zone is 400",
    access: "the note's author, while treating clinician", body: notePatch, response: noteDtoSchema, errors: [400, 401, 403, 404, 409, 413],
  },
  {
    method: "post", path: "/api/v1/notes/{id}/sign",
    summary: "Sign a DRAFT: re-enter the author's password (wrong: 403). Optional `version` must still be current. Signed notes are locked; signing twice is 409",
    access: "the note's author, while treating clinician", body: noteSign, response: noteDtoSchema, errors: [400, 401, 403, 404, 409, 413, 429],
  },
  {
    method: "post", path: "/api/v1/notes/{id}/addenda", summary: "Add a signed, timestamped addendum under a SIGNED note (a draft is 409)",
    access: TREATING, body: addendumCreate, response: addendumSchema, status: 201, errors: [400, 401, 403, 404, 409, 413],
  },
];
