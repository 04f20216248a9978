// The demo measures the seed writes: a stored score that disagrees with its answers, or a couple
// meant to show "calm notes, distressed CSI-4" that has an enemy coded, would mislead a demo.
import { describe, expect, test } from "vitest";
import { answerIssues, scoreMeasure, type Instrument } from "@/lib/domain/measures";
import { buildSeedRows } from "@/prisma/seed/index";
import { MEASURES_QUIET_COUPLE } from "@/prisma/seed/measures";

const rows = buildSeedRows("not-a-real-hash");
const measures = rows.measures;
const iso = (d: unknown) => new Date(d as Date).toISOString().slice(0, 10);

describe("seeded measures", () => {
  test("deterministic, and every instrument is there", () => {
    expect(JSON.stringify(buildSeedRows("not-a-real-hash").measures)).toBe(JSON.stringify(measures));
    for (const code of ["PHQ9", "GAD7", "CSI4"]) expect(measures.filter((m) => m.instrument === code).length).toBeGreaterThan(10);
  });

  test("each stored score, band and flag is what the answers give; none in the demo's future", () => {
    for (const m of measures) {
      const answers = m.answers as number[];
      expect(answerIssues(m.instrument as Instrument, answers)).toEqual([]);
      expect({ score: m.score, band: m.band, flags: m.flags }).toEqual(scoreMeasure(m.instrument as Instrument, answers));
      expect(iso(m.takenOn) <= "2026-11-20").toBe(true);
    }
    expect(measures.filter((m) => (m.flags as string[]).includes("SELF_HARM_ITEM")).length).toBeGreaterThan(0);
  });

  test("a CSI-4 of a couple names one of its partners, entered by its clinician", () => {
    const couples = new Map(rows.couples.map((c) => [c.id, c]));
    const userOf = new Map(rows.clinicians.map((c) => [c.id, c.userId]));
    for (const m of measures.filter((x) => x.coupleId)) {
      const couple = couples.get(m.coupleId as string)!;
      expect([couple.partnerAId, couple.partnerBId]).toContain(m.clientId);
      expect(m.enteredById).toBe(userOf.get(couple.assignedClinicianId as string));
    }
  });

  test("the quiet couple: sessions at levels 2-3, no enemy coded, CSI-4 distressed throughout for both partners", () => {
    const notes = rows.notes.filter((n) => n.coupleId === MEASURES_QUIET_COUPLE.id);
    expect(notes.length).toBeGreaterThanOrEqual(6);
    expect(notes.every((n) => n.intimacyLevel >= 2 && n.intimacyLevel <= 3)).toBe(true);
    const ids = new Set(notes.map((n) => n.id));
    expect(rows.noteEnemies.filter((e) => ids.has(e.noteId))).toEqual([]);
    const csi = measures.filter((m) => m.coupleId === MEASURES_QUIET_COUPLE.id);
    expect(new Set(csi.map((m) => m.clientId))).toEqual(new Set(MEASURES_QUIET_COUPLE.partnerIds));
    expect(csi.length).toBeGreaterThanOrEqual(6);
    expect(csi.every((m) => m.band === "distressed")).toBe(true);
  });
});
