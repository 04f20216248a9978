import { describe, expect, test } from "vitest";
import { rankClinicians } from "@/lib/domain/matching/rank";
import type { FactorKey, MatchClinician, MatchIntake } from "@/lib/domain/matching/types";
import { MATCH_WEIGHTS } from "@/lib/domain/matching/weights";
import { clinician, CONTEXT, couple, intake } from "./matching-fixtures";

function reason(request: MatchIntake, c: MatchClinician, factor: FactorKey) {
  const match = rankClinicians(request, [c], CONTEXT).ranked[0];
  if (!match) throw new Error("clinician was excluded");
  const found = match.reasons.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} reason`);
  return found;
}

const W = MATCH_WEIGHTS.INDIVIDUAL;

describe("specialty fit to the concerns", () => {
  test("all concerns treated: full points", () => {
    expect(reason(intake(), clinician("a"), "specialty")).toEqual({
      factor: "specialty", points: W.specialty, maxPoints: W.specialty, detail: "Treats all 2 concerns: anxiety and grief.",
    });
  });
  test("some treated: the share of concerns, naming what is missing", () => {
    const r = reason(intake({ concerns: ["ANXIETY", "GRIEF", "TRAUMA"] }), clinician("a"), "specialty");
    expect(r.points).toBe(Math.round((W.specialty * 2) / 3));
    expect(r.detail).toBe("Treats anxiety and grief (2 of 3 concerns); not trauma.");
  });
  test("none treated: zero", () => {
    const r = reason(intake({ concerns: ["SUBSTANCE_USE"] }), clinician("a"), "specialty");
    expect(r).toMatchObject({ points: 0, detail: "Treats none of the concerns (substance use)." });
  });
});

describe("hours of availability overlap", () => {
  test("four or more hours a week in common: full points, with where", () => {
    const r = reason(intake(), clinician("a"), "availability");
    expect(r).toMatchObject({ points: W.availability, detail: "4 h a week in common: Mon 09:00-13:00." });
  });
  test("partial overlap scores in proportion to the hours", () => {
    const c = clinician("a", { availability: [{ weekday: 1, from: "11:00", to: "18:00" }] });
    const r = reason(intake(), c, "availability");
    expect(r.points).toBe(Math.round(W.availability * (2 / 4)));
    expect(r.detail).toBe("2 h a week in common: Mon 11:00-13:00.");
  });
  test("same hours on another weekday do not count", () => {
    const c = clinician("a", { availability: [{ weekday: 2, from: "09:00", to: "13:00" }] });
    expect(reason(intake(), c, "availability")).toMatchObject({ points: 0, detail: "No weekly hours in common with the requested times." });
  });
  test("overlapping request windows are not counted twice", () => {
    const request = intake({ availability: [{ weekday: 1, from: "09:00", to: "11:00" }, { weekday: 1, from: "10:00", to: "11:00" }] });
    expect(reason(request, clinician("a"), "availability").detail).toBe("2 h a week in common: Mon 09:00-11:00.");
  });
  test("no times requested: full points; clinician without availability: zero", () => {
    expect(reason(intake({ availability: [] }), clinician("a"), "availability").points).toBe(W.availability);
    expect(reason(intake(), clinician("a", { availability: [] }), "availability")).toMatchObject({ points: 0, detail: "Has not entered weekly availability." });
  });
});

describe("stated preferences (gender, language)", () => {
  test("nothing stated: full points", () => {
    expect(reason(intake(), clinician("a"), "preferences")).toMatchObject({ points: W.preferences, detail: "No gender or language preference given." });
  });
  test("gender met or not (case-insensitive)", () => {
    const request = intake({ preferences: { clinicianGender: "Female" } });
    expect(reason(request, clinician("a", { gender: "female" }), "preferences").points).toBe(W.preferences);
    const miss = reason(request, clinician("a", { gender: "male" }), "preferences");
    expect(miss.points).toBe(Math.round(W.preferences / 2));
    expect(miss.detail).toBe("Is male; a Female clinician was preferred.");
    expect(reason(request, clinician("a", { gender: null }), "preferences").detail).toBe("Gender not on file; a Female clinician was preferred.");
  });
  test("language met is named", () => {
    const r = reason(intake({ preferences: { language: "Spanish", clinicianGender: "male" } }), clinician("a", { languages: ["Spanish"], gender: "male" }), "preferences");
    expect(r).toMatchObject({ points: W.preferences, detail: "Is male, as preferred. Offers sessions in Spanish." });
  });
});

describe("caseload balance", () => {
  test("lower utilisation scores higher", () => {
    const empty = reason(intake(), clinician("a", { activeCaseload: 0 }), "caseload");
    const half = reason(intake(), clinician("a", { activeCaseload: 10 }), "caseload");
    const nearlyFull = reason(intake(), clinician("a", { activeCaseload: 19 }), "caseload");
    expect(empty.points).toBe(W.caseload);
    expect(half.points).toBe(Math.round(W.caseload / 2));
    expect(nearlyFull.points).toBeLessThan(half.points);
    expect(half.detail).toBe("10 of 20 active cases (50% of capacity).");
  });
});

describe("couples only: experience and neutrality", () => {
  const C = MATCH_WEIGHTS.COUPLE;
  test("individual requests carry no couples factors", () => {
    const factors = rankClinicians(intake(), [clinician("a")], CONTEXT).ranked[0]?.reasons.map((r) => r.factor);
    expect(factors).toEqual(["specialty", "availability", "preferences", "caseload"]);
  });
  test("years of couples work, full at ten", () => {
    expect(reason(couple(), clinician("a", { couplesYears: 10 }), "couplesExperience")).toMatchObject({ points: C.couplesExperience, detail: "10 years of couples therapy." });
    expect(reason(couple(), clinician("a", { couplesYears: 1 }), "couplesExperience")).toMatchObject({
      points: Math.round(C.couplesExperience / 10), detail: "1 year of couples therapy.",
    });
    expect(reason(couple(), clinician("a", { couplesYears: 0 }), "couplesExperience")).toMatchObject({ points: 0, detail: "No couples therapy experience on file." });
  });
  test("already one partner's individual therapist loses the neutrality points", () => {
    const request = couple({ partnerTherapistIds: ["a"] });
    expect(reason(request, clinician("a"), "neutrality")).toMatchObject({ points: 0 });
    expect(reason(request, clinician("b"), "neutrality")).toMatchObject({ points: C.neutrality, detail: "Is not either partner's individual therapist." });
  });
});

test("availability names at most two shared windows", () => {
  const every = [1, 2, 3].map((weekday) => ({ weekday, from: "09:00", to: "10:00" }));
  const r = reason(intake({ availability: every }), clinician("a", { availability: every }), "availability");
  expect(r).toMatchObject({ points: Math.round((W.availability * 3) / 4), detail: "3 h a week in common: Mon 09:00-10:00, Tue 09:00-10:00 and more." });
});
