// A practice of its own with a known caseload and known notes, for the report tests. Every note
// written is also kept here as plain data, so that each test computes what a report should say
// in JavaScript, independently of the SQL under test.
import { randomUUID } from "node:crypto";
import type { Enemy } from "@/lib/domain/intimacy";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";

const uniq = () => randomUUID().slice(0, 8);
const HOUR = 3_600_000;

export interface NoteFact {
  id: string;
  authorId: string;
  clientId: string | null;
  coupleId: string | null;
  sessionDate: string;
  createdAt: Date;
  level: number;
  status: "DRAFT" | "SIGNED";
  enemies: Enemy[];
}

export async function addLocation(practiceId: string, name = `Site ${uniq()}`) {
  return db().location.create({ data: { practiceId, name } });
}

export async function setLocation(kind: "client" | "couple", id: string, locationId: string | null) {
  if (kind === "client") await db().client.update({ where: { id }, data: { locationId } });
  else await db().couple.update({ where: { id }, data: { locationId } });
}

/** A couple assigned to a clinician, seen at a location, with both partners' status. */
export async function coupleAt(practiceId: string, clinicianId: string | null, locationId: string | null, status: "ACTIVE" | "DISCHARGED" = "ACTIVE") {
  const couple = await f.createCouple(practiceId, clinicianId);
  await db().couple.update({ where: { id: couple.id }, data: { locationId, status } });
  for (const p of couple.partners) await db().client.update({ where: { id: p.id }, data: { locationId, status } });
  return couple;
}

export async function clientAt(practiceId: string, clinicianId: string | null, locationId: string | null, status: "ACTIVE" | "DISCHARGED" | "WAITLISTED" = "ACTIVE") {
  const client = await f.createClient(practiceId, { assignedClinicianId: clinicianId, status });
  await db().client.update({ where: { id: client.id }, data: { locationId } });
  return client;
}

/** Writes notes (with their enemy tags, in the same transaction) and returns their facts. */
export async function writeNotes(practiceId: string, notes: Omit<NoteFact, "id">[]): Promise<NoteFact[]> {
  const out: NoteFact[] = [];
  for (const n of notes) {
    const row = await db().sessionNote.create({
      data: {
        practiceId, authorId: n.authorId, ...(n.clientId ? { clientId: n.clientId } : {}), ...(n.coupleId ? { coupleId: n.coupleId } : {}),
        sessionDate: new Date(`${n.sessionDate}T00:00:00Z`), durationMinutes: 50, format: "FREE", sections: { text: "Session." },
        intimacyLevel: n.level, status: n.status, ...(n.status === "SIGNED" ? { signedAt: n.createdAt } : {}), createdAt: n.createdAt,
        enemies: { create: n.enemies.map((enemy) => ({ practiceId, enemy, intensity: 1 })) },
      },
    });
    out.push({ ...n, id: row.id });
  }
  return out;
}

/** A note dated `day`, started at noon that day (or `hoursAgo` before now for a draft). */
export function note(authorId: string, target: { clientId?: string; coupleId?: string }, day: string, level: number, extra: Partial<Omit<NoteFact, "id">> = {}): Omit<NoteFact, "id"> {
  return {
    authorId, clientId: target.clientId ?? null, coupleId: target.coupleId ?? null, sessionDate: day,
    createdAt: new Date(`${day}T12:00:00Z`), level, status: "SIGNED", enemies: [], ...extra,
  };
}

export const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR);

/** The cast: an owner, two therapists at two sites, an intake specialist, an owner who treats. */
export async function reportWorld() {
  const staffed = await f.createStaffedPractice();
  const { practice } = staffed;
  const site1 = practice.locationId;
  const site2 = (await addLocation(practice.id)).id;
  await db().clinicianProfile.update({ where: { id: staffed.therapist.clinicianId! }, data: { maxCaseload: 10, locationIds: [site1] } });
  await db().clinicianProfile.update({ where: { id: staffed.therapist2.clinicianId! }, data: { maxCaseload: 4, locationIds: [site1, site2], acceptingNewClients: false } });
  return {
    ...staffed, site1, site2,
    actors: {
      owner: await f.actorFor(staffed.owner),
      therapist: await f.actorFor(staffed.therapist),
      therapist2: await f.actorFor(staffed.therapist2),
      intake: await f.actorFor(staffed.intake),
    },
  };
}
export type ReportWorld = Awaited<ReturnType<typeof reportWorld>>;
