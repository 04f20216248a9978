// Factories return plain data and write through Prisma directly: they build the world a test
// needs (its own practice, so tests never collide), then the test acts through lib/data.
import { randomUUID } from "node:crypto";
import argon2 from "argon2";
import type { Actor } from "@/lib/data/actor";
import { ownerDb as db } from "@/tests/support/owner-db";
import type { Role } from "@/lib/auth/permissions";
import type { Concern, Discipline, Modality } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id }));

const uniq = () => randomUUID().slice(0, 8);

export async function createPractice(name = `Practice ${uniq()}`) {
  const practice = await db().practice.create({ data: { name, slug: `p-${uniq()}-${uniq()}`, safetyProtocol: "Call 988." } });
  const location = await db().location.create({ data: { practiceId: practice.id, name: `Main ${uniq()}` } });
  return { ...practice, locationId: location.id };
}

export interface UserOptions {
  name?: string;
  email?: string;
  active?: boolean;
  clinician?: Partial<{ discipline: Discipline; specialties: Concern[]; modalities: Modality[]; maxCaseload: number; acceptingNewClients: boolean; locationIds: string[] }>;
}

/** A user with the given roles; THERAPIST (and OWNER who also treats) get a clinician profile. */
export async function createUser(practiceId: string, roles: Role[], options: UserOptions = {}) {
  const id = uniq();
  const user = await db().user.create({
    data: {
      practiceId,
      email: options.email ?? `user-${id}@test.example`,
      name: options.name ?? `User ${id}`,
      passwordHash: await hashed(),
      roles,
      active: options.active ?? true,
    },
  });
  const wantsProfile = roles.includes("THERAPIST") || options.clinician;
  const clinician = wantsProfile
    ? await db().clinicianProfile.create({
        data: {
          practiceId,
          userId: user.id,
          discipline: options.clinician?.discipline ?? "MFT",
          specialties: options.clinician?.specialties ?? ["RELATIONSHIP", "COMMUNICATION"],
          modalities: options.clinician?.modalities ?? ["INDIVIDUAL", "COUPLES"],
          ageGroups: ["ADULT"],
          locationIds: options.clinician?.locationIds ?? [],
          languages: ["English"],
          maxCaseload: options.clinician?.maxCaseload ?? 20,
          acceptingNewClients: options.clinician?.acceptingNewClients ?? true,
        },
      })
    : null;
  return { ...user, clinicianId: clinician?.id ?? null };
}

/** An Actor as lib/data receives it, with a real (open) session row behind it. */
export async function actorFor(user: { id: string; practiceId: string; email: string; name: string; roles: Role[]; clinicianId: string | null }): Promise<Actor> {
  const session = await db().authSession.create({ data: { userId: user.id, practiceId: user.practiceId } });
  return {
    id: user.id, practiceId: user.practiceId, email: user.email, name: user.name, roles: [...user.roles],
    clinicianId: user.clinicianId, sessionId: session.id, requestId: randomUUID(),
  };
}

export async function createClient(practiceId: string, overrides: Partial<{ firstName: string; lastName: string; assignedClinicianId: string | null; status: "INQUIRY" | "WAITLISTED" | "ACTIVE" | "DISCHARGED"; email: string; dateOfBirth: Date }> = {}) {
  return db().client.create({
    data: {
      practiceId,
      firstName: overrides.firstName ?? `Ada${uniq()}`,
      lastName: overrides.lastName ?? `Lovelace${uniq()}`,
      dateOfBirth: overrides.dateOfBirth ?? new Date("1988-04-12T00:00:00Z"),
      email: overrides.email ?? null,
      status: overrides.status ?? "ACTIVE",
      assignedClinicianId: overrides.assignedClinicianId ?? null,
    },
  });
}

export async function createCouple(practiceId: string, assignedClinicianId: string | null) {
  const a = await createClient(practiceId, { assignedClinicianId });
  const b = await createClient(practiceId, { assignedClinicianId });
  const couple = await db().couple.create({
    data: { practiceId, partnerAId: a.id, partnerBId: b.id, status: "ACTIVE", assignedClinicianId, relationshipStatus: "married" },
  });
  return { ...couple, partners: [a, b] as const };
}

/** A practice with one user of each role, the usual cast of an access test. */
export async function createStaffedPractice() {
  const practice = await createPractice();
  const owner = await createUser(practice.id, ["OWNER"]);
  const therapist = await createUser(practice.id, ["THERAPIST"]);
  const therapist2 = await createUser(practice.id, ["THERAPIST"]);
  const intake = await createUser(practice.id, ["INTAKE"]);
  return { practice, owner, therapist, therapist2, intake };
}
