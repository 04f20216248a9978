import { describe, expect, test } from "vitest";
import { patchOf, type NoteFields } from "@/components/notes/note-fields";

const server: NoteFields = {
  sessionDate: "2026-11-20", durationMinutes: 50, serviceType: "90834", format: "SOAP",
  sections: { subjective: "s", objective: "o", assessment: "a", plan: "p" }, intimacyLevel: 3, partnerLevels: [],
  enemies: [{ enemy: "RESENTMENT", intensity: 2 }], ingredients: ["TRUST"], interventions: "", homework: "", riskFlag: false, privateNote: null,
  patterns: [{ pattern: "PURSUING", clientId: "a", intensity: 2 }, { pattern: "CRITICISM", clientId: null, intensity: 1 }], prerequisites: ["SAFETY", "TRUST"],
};

describe("patchOf: what an autosave sends", () => {
  test("only the field typed into, not the enemy tags or anything else", () => {
    expect(patchOf({ ...server, homework: "Daily check-in." }, server)).toEqual({ homework: "Daily check-in." });
  });

  test("the sections with a changed format, since they are checked against it", () => {
    const dap = { ...server, format: "DAP" as const, sections: { data: "d", assessment: "a", plan: "p" } };
    expect(patchOf(dap, server)).toEqual({ format: "DAP", sections: dap.sections });
  });

  test("a changed tag sends the tags, whatever their order elsewhere", () => {
    expect(patchOf({ ...server, enemies: [{ enemy: "RESENTMENT", intensity: 3 }] }, server)).toEqual({ enemies: [{ enemy: "RESENTMENT", intensity: 3 }] });
  });

  test("patterns in another order, or with clientId left out instead of null, are no change", () => {
    const reordered = { ...server, patterns: [{ pattern: "CRITICISM" as const, intensity: 1 }, { pattern: "PURSUING" as const, clientId: "a", intensity: 2 }] };
    expect(patchOf({ ...reordered, homework: "x" }, server)).toEqual({ homework: "x" });
  });

  test("re-attributing an enemy or re-rating a partner's pattern sends just that field", () => {
    expect(patchOf({ ...server, enemies: [{ enemy: "RESENTMENT", intensity: 2, clientId: "b" }] }, server)).toEqual({ enemies: [{ enemy: "RESENTMENT", intensity: 2, clientId: "b" }] });
    const patterns = [{ pattern: "PURSUING" as const, clientId: "a", intensity: 3 }, { pattern: "CRITICISM" as const, clientId: null, intensity: 1 }];
    expect(patchOf({ ...server, patterns }, server)).toEqual({ patterns });
    expect(patchOf({ ...server, prerequisites: ["TRUST"] }, server)).toEqual({ prerequisites: ["TRUST"] });
  });
});
