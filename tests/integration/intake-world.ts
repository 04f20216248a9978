// Shared setup of the intake integration tests: a staffed practice of its own, actors for each
// role, and a valid intake payload with unique names (parsed through the API's own schema).
import { randomUUID } from "node:crypto";
import * as f from "@/tests/factories";
import { intakeCreate } from "@/lib/validation/intake";

export async function intakeWorld() {
  const staffed = await f.createStaffedPractice();
  const actors = {
    owner: await f.actorFor(staffed.owner),
    therapist: await f.actorFor(staffed.therapist),
    therapist2: await f.actorFor(staffed.therapist2),
    intake: await f.actorFor(staffed.intake),
  };
  return { ...staffed, actors };
}
export type IntakeWorld = Awaited<ReturnType<typeof intakeWorld>>;

export const uniq = () => randomUUID().slice(0, 8);

/** A couple request both factory therapists can take (couples, relationship, adults). */
export function coupleRequest(overrides: Record<string, unknown> = {}) {
  return intakeCreate.parse({
    kind: "COUPLE",
    clients: [
      { firstName: `Rosa${uniq()}`, lastName: `Marsh${uniq()}`, dateOfBirth: "1986-03-04", email: `rosa-${uniq()}@example.test` },
      { firstName: `Tom${uniq()}`, lastName: `Marsh${uniq()}`, dateOfBirth: "1984-07-09" },
    ],
    concerns: ["RELATIONSHIP", "COMMUNICATION"],
    serviceType: "COUPLES",
    telehealthOk: true,
    ...overrides,
  });
}

export function individualRequest(overrides: Record<string, unknown> = {}) {
  return intakeCreate.parse({
    kind: "INDIVIDUAL",
    clients: [{ firstName: `Ines${uniq()}`, lastName: `Park${uniq()}`, dateOfBirth: "1990-01-02" }],
    concerns: ["RELATIONSHIP"],
    serviceType: "INDIVIDUAL",
    telehealthOk: true,
    ...overrides,
  });
}
