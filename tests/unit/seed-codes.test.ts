// The demo's relational codes: deterministic, valid for the database's rules, and attributed only
// to partners of the note's own couple (what the API would refuse, the seed must not write).
import { expect, test } from "vitest";
import { patternKey } from "@/lib/domain/notes/relational";
import { buildSeedRows } from "@/prisma/seed/index";

const rows = buildSeedRows("not-a-real-hash");

test("codes are deterministic and every couple note's carriers are its own partners", () => {
  expect(JSON.stringify(buildSeedRows("not-a-real-hash").notePatterns)).toBe(JSON.stringify(rows.notePatterns));
  expect(rows.notePatterns.length).toBeGreaterThan(50);
  const couples = new Map(rows.couples.map((c) => [c.id, c]));
  const notes = new Map(rows.notes.map((n) => [n.id, n]));
  const partnersOf = (noteId: string) => {
    const couple = couples.get(notes.get(noteId)?.coupleId as string);
    return couple ? [couple.partnerAId, couple.partnerBId] : [];
  };
  const seen = new Set<string>();
  for (const p of rows.notePatterns) {
    expect(p.intensity).toBeGreaterThanOrEqual(0);
    expect(p.intensity).toBeLessThanOrEqual(3);
    if (p.clientId) expect(partnersOf(p.noteId)).toContain(p.clientId);
    const key = `${p.noteId}:${patternKey({ pattern: p.pattern, clientId: p.clientId as string | null })}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
  for (const e of rows.noteEnemies) if (e.clientId) expect(partnersOf(e.noteId)).toContain(e.clientId);
  expect(rows.notes.some((n) => ((n.prerequisites ?? []) as string[]).length > 0)).toBe(true);
});
