// The printable copy of a signed note: what a release of the record holds, and never the
// private note (the document model has no place for it; the PDF says what the model says).
import { describe, expect, test } from "vitest";
import { noteLines, type PrintableNote } from "@/lib/print/note-document";
import { notePdf } from "@/lib/print/note-pdf";
import { pdfText } from "@/tests/support/pdf-text";

const note: PrintableNote = {
  practiceName: "Lakeshore Counseling Collective",
  clients: [{ name: "Dana Reyes", dateOfBirth: "1988-04-02" }, { name: "Sam Reyes", dateOfBirth: "1987-09-14" }],
  clinician: { name: "Maya Chen", credentials: "LMFT" },
  sessionDate: "2026-11-20", durationMinutes: 80, format: "SOAP",
  sections: { subjective: "Both describe a calmer week.", objective: "Engaged, warm.", assessment: "Moving from level 3 to 5.", plan: "Continue weekly." },
  intimacyLevel: 5, partnerLevels: [{ name: "Dana Reyes", level: 5 }, { name: "Sam Reyes", level: 3 }],
  enemies: [{ enemy: "RESENTMENT", intensity: 2, carriedBy: "Sam Reyes" }], ingredients: ["TRUST"],
  interventions: "Speaker-listener exercise.", homework: "Daily check-in, ten minutes.", riskFlag: false,
  signedAt: "2026-11-20 17:05 (America/Detroit)",
  addenda: [{ text: "Corrected the session length.", authorName: "Maya Chen", signedAt: "2026-11-21 09:00 (America/Detroit)" }],
};

describe("printable note", () => {
  test("holds the practice, both clients' identifiers, the clinician with credentials, sections, tags, addendum and signature", () => {
    const text = noteLines(note).map((l) => l.text).join("\n");
    for (const expected of [
      "Lakeshore Counseling Collective", "Dana Reyes, born 1988-04-02", "Sam Reyes, born 1987-09-14", "Clinician: Maya Chen, LMFT",
      "Both describe a calmer week.", "Level reached: 5", "Sam Reyes: level 3", "Sam Reyes)", "Speaker-listener exercise.",
      "Electronically signed by Maya Chen, LMFT at 2026-11-20 17:05", "Addendum", "Corrected the session length.",
    ]) expect(text).toContain(expected);
    expect(text).not.toContain("Addenda");
  });

  test("the PDF says the same, page-numbered, and a note with a private note field passed in still prints none of it", async () => {
    const withSecret = { ...note, privateNote: "SECRET-PRIVATE-TEXT" } as PrintableNote;
    const text = pdfText(await notePdf(withSecret));
    expect(text).toContain("Dana Reyes, born 1988-04-02");
    expect(text).toContain("Electronically signed by Maya Chen, LMFT");
    expect(text).toContain("Page 1 of 1");
    expect(text).not.toContain("SECRET-PRIVATE-TEXT");
  });

  test("long sections wrap onto further pages, and text outside Latin-1 does not break the print", async () => {
    const long = { ...note, sections: { ...note.sections, subjective: `${"A long reflection on the week. ".repeat(400)}😀 done` } };
    const text = pdfText(await notePdf(long));
    expect(text).toMatch(/Page 1 of [2-9]/);
    expect(text).toContain("? done");
  });
});
