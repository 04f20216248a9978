import { describe, expect, test } from "vitest";
import { rankClinicians, scoreOne } from "@/lib/domain/matching/rank";
import { MATCH_WEIGHTS } from "@/lib/domain/matching/weights";
import { clinician, CONTEXT, couple, intake } from "./matching-fixtures";

const ids = (list: { clinicianId: string }[]) => list.map((m) => m.clinicianId);

describe("the score", () => {
  test("each weight profile sums to 100, so a perfect fit scores 100", () => {
    for (const profile of Object.values(MATCH_WEIGHTS)) {
      expect(Object.values(profile).reduce((a: number, b: number) => a + b, 0)).toBe(100);
    }
    expect(rankClinicians(intake(), [clinician("a")], CONTEXT).ranked[0]?.score).toBe(100);
    expect(rankClinicians(couple(), [clinician("a")], CONTEXT).ranked[0]?.score).toBe(100);
  });

  test("the score is the sum of the reasons' points, within 0-100", () => {
    const c = clinician("a", { specialties: ["GRIEF"], activeCaseload: 13, couplesYears: 3, availability: [{ weekday: 1, from: "12:00", to: "15:00" }] });
    for (const request of [intake(), couple({ partnerTherapistIds: ["a"] })]) {
      const match = rankClinicians(request, [c], CONTEXT).ranked[0]!;
      expect(match.score).toBe(match.reasons.reduce((sum, r) => sum + r.points, 0));
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThan(100);
      for (const r of match.reasons) expect(r.points).toBeLessThanOrEqual(r.maxPoints);
    }
  });
});

describe("ranking order", () => {
  test("best score first", () => {
    const weak = clinician("a", { specialties: [] });
    const strong = clinician("b");
    expect(ids(rankClinicians(intake(), [weak, strong], CONTEXT).ranked)).toEqual(["b", "a"]);
  });

  test("equal scores: lower utilisation first, then clinician id", () => {
    // 1/20 and 1/25 both round to the same caseload points, so utilisation alone breaks the tie.
    const busier = clinician("a", { activeCaseload: 1, maxCaseload: 20 });
    const lighter = clinician("b", { activeCaseload: 1, maxCaseload: 25 });
    const result = rankClinicians(intake(), [busier, lighter], CONTEXT).ranked;
    expect(result[0]?.score).toBe(result[1]?.score);
    expect(ids(result)).toEqual(["b", "a"]);
    const twins = ["z", "m", "c"].map((id) => clinician(id));
    expect(ids(rankClinicians(intake(), twins, CONTEXT).ranked)).toEqual(["c", "m", "z"]);
  });

  test("deterministic: any input order, any number of runs, gives the same result", () => {
    const pool = Array.from({ length: 40 }, (_, i) =>
      clinician(`c${String(i).padStart(2, "0")}`, {
        activeCaseload: (i * 7) % 21,
        specialties: i % 3 === 0 ? ["ANXIETY"] : ["ANXIETY", "GRIEF"],
        acceptingNewClients: i % 11 !== 0,
        couplesYears: i % 12,
      }),
    );
    const first = rankClinicians(couple(), pool, CONTEXT);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...pool].sort((x, y) => ((x.id.charCodeAt(2) * seed) % 7) - ((y.id.charCodeAt(2) * seed) % 7) || (x.id < y.id ? 1 : -1));
      expect(rankClinicians(couple(), shuffled, CONTEXT)).toEqual(first);
    }
    expect(first.ranked.length + first.excluded.length).toBe(40);
  });

  test("excluded clinicians are listed by name with their reasons, never ranked", () => {
    const result = rankClinicians(intake(), [clinician("b", { name: "Zoe", acceptingNewClients: false }), clinician("a", { name: "Amir", modalities: [] })], CONTEXT);
    expect(result.ranked).toEqual([]);
    expect(result.excluded.map((e) => e.name)).toEqual(["Amir", "Zoe"]);
  });

  test("the input is not mutated", () => {
    const pool = [clinician("b"), clinician("a")];
    const before = JSON.stringify(pool);
    rankClinicians(intake(), pool, CONTEXT);
    expect(JSON.stringify(pool)).toBe(before);
  });
});

test("scoreOne scores an excluded clinician too, and reports the filters it fails", () => {
  const { match, failures } = scoreOne(intake(), clinician("a", { acceptingNewClients: false }), CONTEXT);
  expect(match.score).toBe(100);
  expect(failures.map((f) => f.filter)).toEqual(["accepting"]);
});
