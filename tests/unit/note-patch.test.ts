import { describe, expect, test } from "vitest";
import { patchOf, type NoteFields } from "@/components/notes/note-fields";

const server: NoteFields = {
  sessionDate: "2026-11-20", durationMinutes: 50, serviceType: "90834", format: "SOAP",
  sections: { subjective: "s", objective: "o", assessment: "a", plan: "p" }, intimacyLevel: 3, partnerLevels: [],
  enemies: [{ enemy: "RESENTMENT", intensity: 2 }], ingredients: ["TRUST"], interventions: "", homework: "", riskFlag: false, privateNote: null,
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
});
