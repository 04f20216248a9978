import { describe, expect, test } from "vitest";
import { emptySections, sectionIssues, sectionsEmpty, SECTION_KEYS, switchFormat } from "@/lib/domain/note-format";
import { noteCreate, noteListQuery, notePatch } from "@/lib/validation/note";

const soap = { subjective: "s", objective: "o", assessment: "a", plan: "p" };
const base = { clientId: "client1", sessionDate: "2026-11-20", durationMinutes: 50, format: "SOAP", sections: soap, intimacyLevel: 4 };

function issuePaths(input: unknown, schema = noteCreate) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("note formats", () => {
  test("each format has exactly DESIGN.md's section keys", () => {
    expect(SECTION_KEYS).toEqual({
      SOAP: ["subjective", "objective", "assessment", "plan"],
      DAP: ["data", "assessment", "plan"],
      BIRP: ["behavior", "intervention", "response", "plan"],
      FREE: ["text"],
    });
    expect(emptySections("DAP")).toEqual({ data: "", assessment: "", plan: "" });
  });

  test("a missing or foreign section key is named", () => {
    expect(sectionIssues("DAP", { data: "", assessment: "", plan: "" })).toEqual([]);
    expect(sectionIssues("DAP", { data: "", plan: "", subjective: "" }).map((i) => i.key)).toEqual(["assessment", "subjective"]);
  });

  test("switching format keeps every word", () => {
    const moved = switchFormat({ subjective: "felt unheard", objective: "tearful", assessment: "level 3", plan: "weekly" }, "DAP");
    expect(moved.assessment).toBe("level 3");
    expect(moved.plan).toBe("weekly");
    expect(moved.data).toContain("felt unheard");
    expect(moved.data).toContain("tearful");
    expect(Object.keys(moved)).toEqual(["data", "assessment", "plan"]);
    expect(switchFormat(moved, "FREE").text).toMatch(/felt unheard[\s\S]*level 3[\s\S]*weekly/);
  });

  test("sectionsEmpty ignores whitespace", () => {
    expect(sectionsEmpty({ text: "  \n" })).toBe(true);
    expect(sectionsEmpty({ text: "x" })).toBe(false);
  });
});

describe("note validation names the field at fault", () => {
  test("a complete individual note passes, with defaults for the optional fields", () => {
    const parsed = noteCreate.parse(base);
    expect(parsed).toMatchObject({ enemies: [], ingredients: [], riskFlag: false, privateNote: null, serviceType: "PSYCHOTHERAPY" });
  });

  test("levels outside 1-7 are refused", () => {
    expect(issuePaths({ ...base, intimacyLevel: 0 })).toEqual(["intimacyLevel"]);
    expect(issuePaths({ ...base, intimacyLevel: 8 })).toEqual(["intimacyLevel"]);
    expect(issuePaths({ ...base, intimacyLevel: 4.5 })).toEqual(["intimacyLevel"]);
  });

  test("intensities outside 0-3, unknown or repeated enemies and unknown ingredients are refused", () => {
    expect(issuePaths({ ...base, enemies: [{ enemy: "RESENTMENT", intensity: 4 }] })).toEqual(["enemies.0.intensity"]);
    expect(issuePaths({ ...base, enemies: [{ enemy: "RESENTMENT", intensity: -1 }] })).toEqual(["enemies.0.intensity"]);
    expect(issuePaths({ ...base, enemies: [{ enemy: "JEALOUSY", intensity: 1 }] })).toEqual(["enemies.0.enemy"]);
    expect(issuePaths({ ...base, enemies: [{ enemy: "RESENTMENT", intensity: 1 }, { enemy: "RESENTMENT", intensity: 2 }] })).toEqual(["enemies.1.enemy"]);
    expect(issuePaths({ ...base, ingredients: ["TRUST", "PASSION"] })).toEqual(["ingredients.1"]);
  });

  test("both or neither of clientId and coupleId are refused", () => {
    expect(issuePaths({ ...base, coupleId: "couple1" })).toEqual(["clientId", "coupleId"]);
    const { clientId: _omit, ...neither } = base;
    expect(_omit).toBe("client1");
    expect(issuePaths(neither)).toEqual(["clientId", "coupleId"]);
    expect(issuePaths({ ...neither, clientId: null, coupleId: "couple1" })).toEqual([]);
  });

  test("sections must be exactly the format's", () => {
    expect(issuePaths({ ...base, format: "DAP" })).toEqual(["sections.data", "sections.subjective", "sections.objective"]);
    expect(issuePaths({ ...base, sections: { ...soap, notes: "x" } })).toEqual(["sections.notes"]);
  });

  test("partner levels belong to couple notes", () => {
    expect(issuePaths({ ...base, partnerLevels: [{ clientId: "a", level: 3 }] })).toEqual(["partnerLevels"]);
    const couple = { ...base, clientId: undefined, coupleId: "c1" };
    expect(issuePaths({ ...couple, partnerLevels: [{ clientId: "a", level: 9 }] })).toEqual(["partnerLevels.0.level"]);
  });

  test("free text is stored exactly as typed (no trimming), so autosave never sees its own save as a change", () => {
    expect(noteCreate.parse({ ...base, sections: { ...soap, plan: "weekly  " } }).sections.plan).toBe("weekly  ");
  });

  test("a patch needs its version and at least one change", () => {
    expect(issuePaths({ intimacyLevel: 3 }, notePatch as never)).toEqual(["version"]);
    expect(issuePaths({ version: 2 }, notePatch as never)).toEqual([""]);
    expect(notePatch.parse({ version: 2, homework: "journal" })).toEqual({ version: 2, homework: "journal" });
  });

  test("listing needs exactly one of clientId or coupleId", () => {
    expect(noteListQuery.safeParse({}).success).toBe(false);
    expect(noteListQuery.safeParse({ clientId: "a", coupleId: "b" }).success).toBe(false);
    expect(noteListQuery.parse({ coupleId: "b" })).toMatchObject({ coupleId: "b", limit: 50 });
  });
});
