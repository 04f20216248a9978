// The cast of the session-note tests: one practice of its own with an author (therapist), a
// colleague, a non-treating owner, an owner who also treats, and an intake specialist.
import { createNote } from "@/lib/data/notes/write";
import { noteCreate, type NoteCreate } from "@/lib/validation/note";
import * as f from "@/tests/factories";

export const SECRET = "Private: countertransference when Sam mentions his father.";

export async function notesWorld() {
  const staffed = await f.createStaffedPractice();
  const { practice, therapist, therapist2 } = staffed;
  const ownerTreating = await f.createUser(practice.id, ["OWNER", "THERAPIST"]);
  const client = await f.createClient(practice.id, { assignedClinicianId: therapist.clinicianId });
  const couple = await f.createCouple(practice.id, therapist.clinicianId);
  const colleagueClient = await f.createClient(practice.id, { assignedClinicianId: therapist2.clinicianId });
  const ownersClient = await f.createClient(practice.id, { assignedClinicianId: ownerTreating.clinicianId });
  const actors = {
    author: await f.actorFor(therapist),
    colleague: await f.actorFor(therapist2),
    owner: await f.actorFor(staffed.owner),
    ownerTreating: await f.actorFor(ownerTreating),
    intake: await f.actorFor(staffed.intake),
  };
  return { ...staffed, ownerTreating, client, couple, colleagueClient, ownersClient, actors };
}
export type NotesWorld = Awaited<ReturnType<typeof notesWorld>>;

/** A valid couple note body (partner levels for both partners, one enemy, one ingredient). */
export function coupleNoteInput(w: NotesWorld, overrides: Partial<Record<keyof NoteCreate, unknown>> = {}): NoteCreate {
  return noteCreate.parse({
    coupleId: w.couple.id,
    sessionDate: "2026-11-20",
    durationMinutes: 80,
    serviceType: "90847",
    format: "SOAP",
    sections: { subjective: "Both describe a tense week.", objective: "Guarded.", assessment: "Resentment high.", plan: "Weekly." },
    intimacyLevel: 3,
    partnerLevels: [
      { clientId: w.couple.partners[0].id, level: 3 },
      { clientId: w.couple.partners[1].id, level: 2 },
    ],
    enemies: [{ enemy: "RESENTMENT", intensity: 2 }],
    ingredients: ["COMMITMENT"],
    interventions: "Speaker-listener exercise.",
    homework: "Daily check-in.",
    riskFlag: false,
    privateNote: SECRET,
    ...overrides,
  });
}

/** A DRAFT couple note written by the world's author. */
export function draftCoupleNote(w: NotesWorld, overrides: Partial<Record<keyof NoteCreate, unknown>> = {}) {
  return createNote(w.actors.author, coupleNoteInput(w, overrides));
}

export function clientNoteInput(clientId: string, overrides: Record<string, unknown> = {}): NoteCreate {
  return noteCreate.parse({
    clientId,
    sessionDate: "2026-11-18",
    durationMinutes: 50,
    format: "FREE",
    sections: { text: "Discussed grief and the anniversary." },
    intimacyLevel: 5,
    ...overrides,
  });
}
