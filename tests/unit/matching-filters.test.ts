import { describe, expect, test } from "vitest";
import { rankClinicians } from "@/lib/domain/matching/rank";
import type { MatchClinician, MatchIntake } from "@/lib/domain/matching/types";
import { clinician, CONTEXT, couple, intake } from "./matching-fixtures";

function outcome(request: MatchIntake, c: MatchClinician) {
  const result = rankClinicians(request, [c], CONTEXT);
  return { ranked: result.ranked.map((r) => r.clinicianId), excluded: result.excluded[0] };
}

describe("every hard filter excludes with its reason", () => {
  test("a clinician who passes everything is ranked, not excluded", () => {
    expect(outcome(intake(), clinician("a"))).toEqual({ ranked: ["a"], excluded: undefined });
  });

  test("not accepting new clients", () => {
    const { ranked, excluded } = outcome(intake(), clinician("a", { acceptingNewClients: false }));
    expect(ranked).toEqual([]);
    expect(excluded?.filters).toEqual([{ filter: "accepting", detail: "Not accepting new clients." }]);
    expect(excluded?.why).toBe("Not accepting new clients.");
  });

  test("no capacity left (at or over maxCaseload); one slot left still passes", () => {
    expect(outcome(intake(), clinician("a", { activeCaseload: 20, maxCaseload: 20 })).excluded?.filters).toEqual([
      { filter: "capacity", detail: "At capacity: 20 of 20 active cases." },
    ]);
    expect(outcome(intake(), clinician("a", { activeCaseload: 22, maxCaseload: 20 })).excluded?.filters[0]?.filter).toBe("capacity");
    expect(outcome(intake(), clinician("a", { activeCaseload: 19, maxCaseload: 20 })).ranked).toEqual(["a"]);
  });

  test("modality: the requested service type must be offered", () => {
    const { excluded } = outcome(couple(), clinician("a", { modalities: ["INDIVIDUAL"] }));
    expect(excluded?.filters).toEqual([{ filter: "modality", detail: "Does not offer couples therapy." }]);
  });

  describe("location or telehealth", () => {
    test("a shared location passes, a different one fails with the requested place names", () => {
      expect(outcome(intake({ locationIds: ["loc_l", "loc_b"] }), clinician("a", { locationIds: ["loc_b"] })).ranked).toEqual(["a"]);
      const { excluded } = outcome(intake({ locationIds: ["loc_l", "loc_f"] }), clinician("a", { locationIds: ["loc_b"] }));
      expect(excluded?.filters).toEqual([{ filter: "location", detail: "Not at Lansing or Fenton (in-person only was requested)." }]);
    });

    test("telehealth accepted and offered passes whatever the location", () => {
      const request = intake({ locationIds: ["loc_l"], telehealthOk: true });
      expect(outcome(request, clinician("a", { locationIds: ["loc_b"], telehealth: true })).ranked).toEqual(["a"]);
      expect(outcome(request, clinician("a", { locationIds: ["loc_b"], telehealth: false })).excluded?.filters[0]?.detail).toBe(
        "Not at Lansing, and offers no telehealth.",
      );
    });

    test("telehealth-only request against an in-person clinician fails", () => {
      const { excluded } = outcome(intake({ locationIds: [], telehealthOk: true }), clinician("a", { telehealth: false }));
      expect(excluded?.filters[0]).toEqual({ filter: "location", detail: "Offers no telehealth, and only telehealth was requested." });
    });

    test("no place and no telehealth asked for does not constrain", () => {
      expect(outcome(intake({ locationIds: [], telehealthOk: false }), clinician("a", { locationIds: [] })).ranked).toEqual(["a"]);
    });
  });

  describe("age group from the dates of birth on the reference date", () => {
    test.each([
      ["2013-11-21", "CHILD", 12],
      ["2013-11-20", "ADOLESCENT", 13],
      ["2008-11-21", "ADOLESCENT", 17],
      ["2008-11-20", "ADULT", 18],
    ] as const)("born %s is %s on 2026-11-20", (birthDate, group, age) => {
      const request = intake({ birthDates: [birthDate] });
      expect(outcome(request, clinician("a", { ageGroups: [group] })).ranked).toEqual(["a"]);
      const others = (["CHILD", "ADOLESCENT", "ADULT"] as const).filter((g) => g !== group);
      const { excluded } = outcome(request, clinician("a", { ageGroups: [...others] }));
      expect(excluded?.filters[0]?.filter).toBe("ageGroup");
      expect(excluded?.filters[0]?.detail).toContain(`the client is ${age}`);
    });

    test("the reference date is a parameter: the same child is an adolescent a day later", () => {
      const request = intake({ birthDates: ["2013-11-21"] });
      const teensOnly = clinician("a", { ageGroups: ["ADOLESCENT"] });
      expect(rankClinicians(request, [teensOnly], { referenceDate: "2026-11-20" }).ranked).toEqual([]);
      expect(rankClinicians(request, [teensOnly], { referenceDate: "2026-11-21" }).ranked.map((r) => r.clinicianId)).toEqual(["a"]);
    });

    test("a couple needs both partners' bands; a missing date of birth does not exclude", () => {
      const request = couple({ birthDates: ["1990-01-01", "2010-01-01"] });
      expect(outcome(request, clinician("a")).excluded?.filters[0]?.detail).toBe("Does not work with adolescents (a client is 16).");
      expect(outcome(couple({ birthDates: ["1990-01-01", null] }), clinician("a")).ranked).toEqual(["a"]);
    });
  });

  test("language preference must be spoken (case-insensitive)", () => {
    const request = intake({ preferences: { language: "Arabic" } });
    expect(outcome(request, clinician("a", { languages: ["English", "arabic"] })).ranked).toEqual(["a"]);
    expect(outcome(request, clinician("a")).excluded?.filters).toEqual([{ filter: "language", detail: "Does not offer sessions in Arabic." }]);
  });

  test("insurance panel applies only to insured requests with a named insurer", () => {
    const insured = intake({ payment: { type: "INSURANCE", insurer: "Meridian" } });
    expect(outcome(insured, clinician("a")).excluded?.filters).toEqual([{ filter: "insurance", detail: "Not on the Meridian panel." }]);
    expect(outcome(insured, clinician("a", { insurancePanels: ["meridian"] })).ranked).toEqual(["a"]);
    expect(outcome(intake({ payment: { type: "SELF_PAY", insurer: "Meridian" } }), clinician("a")).ranked).toEqual(["a"]);
  });

  test("every failed filter is listed, in a fixed order, and joined into `why`", () => {
    const c = clinician("a", { acceptingNewClients: false, modalities: ["FAMILY"], languages: [], insurancePanels: [] });
    const { excluded } = outcome(intake({ preferences: { language: "Polish" }, payment: { type: "INSURANCE", insurer: "HAP" } }), c);
    expect(excluded?.filters.map((f) => f.filter)).toEqual(["accepting", "modality", "language", "insurance"]);
    expect(excluded?.why).toBe("Not accepting new clients. Does not offer individual therapy. Does not offer sessions in Polish. Not on the HAP panel.");
  });
});
