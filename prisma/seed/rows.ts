// The seed is built in memory as plain rows first (pure and deterministic), then inserted
// table by table with createMany. These are the row shapes.
import type { Prisma } from "../../lib/generated/prisma/client";

export type Rows = {
  practices: Prisma.PracticeCreateManyInput[];
  locations: Prisma.LocationCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  clinicians: Prisma.ClinicianProfileCreateManyInput[];
  clients: Prisma.ClientCreateManyInput[];
  couples: Prisma.CoupleCreateManyInput[];
  intakes: Prisma.IntakeRequestCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  notes: Prisma.SessionNoteCreateManyInput[];
  noteEnemies: Prisma.NoteEnemyCreateManyInput[];
  addenda: Prisma.NoteAddendumCreateManyInput[];
  caseAssignments: Prisma.CaseAssignmentCreateManyInput[];
  appointments: Prisma.AppointmentCreateManyInput[];
  intakeContacts: Prisma.IntakeContactCreateManyInput[];
  measures: Prisma.MeasureCreateManyInput[];
  notePatterns: Prisma.NotePatternCreateManyInput[];
  heldDisclosures: Prisma.HeldDisclosureCreateManyInput[];
  secretsConsents: Prisma.SecretsConsentCreateManyInput[];
};

export function emptyRows(): Rows {
  return {
    practices: [],
    locations: [],
    users: [],
    clinicians: [],
    clients: [],
    couples: [],
    intakes: [],
    assignments: [],
    notes: [],
    noteEnemies: [],
    addenda: [],
    caseAssignments: [],
    appointments: [],
    intakeContacts: [],
    measures: [],
    notePatterns: [],
    heldDisclosures: [],
    secretsConsents: [],
  };
}

/** Appends every table of `more` to `into`. */
export function mergeRows(into: Rows, more: Rows): void {
  for (const key of Object.keys(into) as (keyof Rows)[]) {
    (into[key] as unknown[]).push(...(more[key] as unknown[]));
  }
}

export type Window = { weekday: number; from: string; to: string };

export type Enemy = "SELFISHNESS" | "DISHONESTY" | "ENTITLEMENT" | "RESENTMENT";
export type Ingredient = "LOVE_AND_FRIENDSHIP" | "VULNERABILITY" | "TRUST" | "COMMITMENT";
export type Concern =
  | "DEPRESSION" | "ANXIETY" | "RELATIONSHIP" | "INTIMACY" | "COMMUNICATION" | "INFIDELITY"
  | "SEXUAL_CONCERNS" | "GRIEF" | "LOW_SELF_WORTH" | "LIFE_TRANSITIONS" | "CHILD_ADOLESCENT"
  | "TRAUMA" | "SUBSTANCE_USE";
export type NoteFormat = "SOAP" | "DAP" | "BIRP" | "FREE";
