// The deterministic demo seed (DESIGN.md, "Demo data and accounts"). All rows are built in
// memory first, then written in ONE transaction: a failure half-way leaves nothing behind, so
// a half-seeded database can never pass for a seeded one.
import argon2 from "argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { buildAppointments } from "./appointments";
import { buildCaseloads } from "./clients";
import { buildHistory } from "./history";
import { buildMatchedIntakes } from "./intakes";
import { buildMeasures } from "./measures";
import { buildCodes } from "./codes";
import { personFactory } from "./names";
import { buildNotes } from "./notes";
import { buildOtherPractice, OTHER_SLUG } from "./other";
import { buildPractice, LAKESHORE, LAKESHORE_SLUG } from "./practice";
import { buildQueue, LAKESHORE_QUEUE } from "./queue";
import { resetIds, rngFor } from "./random";
import { mergeRows, type Rows } from "./rows";

export { LAKESHORE_SLUG, OTHER_SLUG };

/** The password of every demo account. */
export const DEMO_PASSWORD = "practice-demo-2026";

/** The documented demo sign-ins (DESIGN.md); each has DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = [
  { email: "owner@lakeshore.test", roles: ["OWNER", "THERAPIST"], practice: LAKESHORE_SLUG },
  { email: "therapist@lakeshore.test", roles: ["THERAPIST"], practice: LAKESHORE_SLUG },
  { email: "therapist2@lakeshore.test", roles: ["THERAPIST"], practice: LAKESHORE_SLUG },
  { email: "intake@lakeshore.test", roles: ["INTAKE"], practice: LAKESHORE_SLUG },
  { email: "owner@other.test", roles: ["OWNER", "THERAPIST"], practice: OTHER_SLUG },
] as const;

/** Every row of the demo, both practices. Pure: the same hash gives the same rows. */
export function buildSeedRows(passwordHash: string): Rows {
  resetIds();
  const people = personFactory(rngFor("people"));
  const { rows, staff } = buildPractice(LAKESHORE, passwordHash);
  const caseload = buildCaseloads(staff.practiceId, staff.clinicians, people);
  mergeRows(rows, caseload.rows);
  mergeRows(rows, buildNotes(staff.practiceId, caseload.cases));
  mergeRows(rows, buildMatchedIntakes(staff.practiceId, staff.intakeUserId, caseload.cases, caseload.rows));
  mergeRows(rows, buildQueue(staff.practiceId, staff.intakeUserId, staff.locationIds, people, LAKESHORE_QUEUE));
  mergeRows(rows, buildOtherPractice(passwordHash, people));
  mergeRows(rows, buildHistory(rows));
  mergeRows(rows, buildAppointments(staff.practiceId, rows));
  mergeRows(rows, buildMeasures(rows));
  mergeRows(rows, buildCodes(rows));
  return rows;
}

class AlreadySeeded extends Error {
  constructor() {
    super("already seeded");
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Seeds the demo data unless a practice with slug "lakeshore" exists. Opens and closes its own
 * client. Safe to run twice, or twice at once: the loser of a race reports "already-seeded".
 */
export async function seedIfEmpty(databaseUrl: string, log: (line: string) => void = () => {}): Promise<"seeded" | "already-seeded"> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const seeded = async () => (await prisma.practice.count({ where: { slug: LAKESHORE_SLUG } })) > 0;
  try {
    if (await seeded()) return "already-seeded";
    const started = Date.now();
    log("Hashing the demo password (argon2id)...");
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    const rows = buildSeedRows(hash);
    log(`Built ${rows.practices.length} practices, ${rows.users.length} users, ${rows.clinicians.length} clinicians, ` +
      `${rows.clients.length} clients, ${rows.couples.length} couples, ${rows.notes.length} notes, ${rows.intakes.length} intake requests.`);
    try {
      await prisma.$transaction(async (tx) => {
        if ((await tx.practice.count({ where: { slug: LAKESHORE_SLUG } })) > 0) throw new AlreadySeeded();
        await tx.practice.createMany({ data: rows.practices });
        await tx.location.createMany({ data: rows.locations });
        await tx.user.createMany({ data: rows.users });
        await tx.clinicianProfile.createMany({ data: rows.clinicians });
        log("Writing clients, couples and intake requests...");
        await tx.client.createMany({ data: rows.clients });
        await tx.couple.createMany({ data: rows.couples });
        await tx.intakeRequest.createMany({ data: rows.intakes });
        await tx.assignment.createMany({ data: rows.assignments });
        log("Writing session notes...");
        for (const batch of chunks(rows.notes, 200)) await tx.sessionNote.createMany({ data: batch });
        for (const batch of chunks(rows.noteEnemies, 1000)) await tx.noteEnemy.createMany({ data: batch });
        await tx.noteAddendum.createMany({ data: rows.addenda });
        for (const batch of chunks(rows.notePatterns, 1000)) await tx.notePattern.createMany({ data: batch });
        await tx.caseAssignment.createMany({ data: rows.caseAssignments });
        log("Writing appointments, measures and the intake contact log...");
        for (const batch of chunks(rows.appointments, 500)) await tx.appointment.createMany({ data: batch });
        await tx.intakeContact.createMany({ data: rows.intakeContacts });
        await tx.measure.createMany({ data: rows.measures });
        await tx.heldDisclosure.createMany({ data: rows.heldDisclosures });
        await tx.secretsConsent.createMany({ data: rows.secretsConsents });
      }, { maxWait: 30_000, timeout: 120_000 });
    } catch (error) {
      // a concurrent seeder got there first (or this one found its work done)
      if (error instanceof AlreadySeeded || (await seeded())) return "already-seeded";
      throw error;
    }
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return "seeded";
  } finally {
    await prisma.$disconnect();
  }
}
