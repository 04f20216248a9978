// The active caseload the matches API shows (and ranks capacity by) is exact in a small practice
// and in a large one, where it is counted in one pass over the practice's active cases.
import { expect, test } from "vitest";
import { getIntakeMatches } from "@/lib/data/intake/matches";
import { createIntake } from "@/lib/data/intake/write";
import { ownerDb as db } from "@/tests/support/owner-db";
import * as f from "@/tests/factories";
import { coupleRequest, intakeWorld } from "./intake-world";

test("each active case counts once, with 3 clinicians as with 30", async () => {
  const w = await intakeWorld();
  const [t1, t2] = [w.therapist.clinicianId!, w.therapist2.clinicianId!];
  const practiceId = w.practice.id;
  await f.createCouple(practiceId, t1); // one case, not three
  await f.createClient(practiceId, { assignedClinicianId: t1, status: "ACTIVE" });
  await f.createClient(practiceId, { assignedClinicianId: t1, status: "DISCHARGED" });
  const ended = await f.createCouple(practiceId, t1); // a discharged couple: its partners count on their own
  await db().couple.update({ where: { id: ended.id }, data: { status: "DISCHARGED" } });
  // t2's couple: partner A is t1's individual client (a case of t1's), partner B only half of t2's couple.
  const shared = await f.createCouple(practiceId, t2);
  await db().client.update({ where: { id: shared.partnerAId }, data: { assignedClinicianId: t1 } });
  const expected = { [t1]: 5, [t2]: 1 };
  const request = await createIntake(w.actors.intake, coupleRequest());
  const counts = async () => {
    const matches = await getIntakeMatches(w.actors.intake, request.id);
    return Object.fromEntries(matches.data.filter((m) => m.clinicianId === t1 || m.clinicianId === t2).map((m) => [m.clinicianId, m.activeCaseload]));
  };
  expect(await counts()).toEqual(expected);
  for (let i = 0; i < 27; i++) await f.createUser(practiceId, ["THERAPIST"]);
  expect(await counts()).toEqual(expected);
});
