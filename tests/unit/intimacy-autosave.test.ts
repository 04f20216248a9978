// The editor's device copy: what it restores on opening a draft, so that nothing typed is lost
// and nobody's saved work is silently overwritten.
import { describe, expect, test } from "vitest";
import { decideRestore, draftWriter, readLocal, type LocalDraft } from "@/components/notes/local-draft";
import { draftKeyFor } from "@/lib/auth/draft-key";
import { changedFields, fieldsOf, sameFields, type NoteDto } from "@/components/notes/note-fields";

const server: NoteDto = {
  id: "n1", clientId: null, coupleId: "c1", sessionDate: "2026-11-20", durationMinutes: 80, serviceType: "90847", format: "DAP",
  sections: { data: "saved data", assessment: "", plan: "" }, intimacyLevel: 4,
  partnerLevels: [{ clientId: "a", level: 4 }, { clientId: "b", level: 3 }],
  enemies: [{ enemy: "SELFISHNESS", intensity: 1, clientId: null }, { enemy: "RESENTMENT", intensity: 2, clientId: "a" }], ingredients: ["VULNERABILITY", "TRUST"],
  patterns: [{ pattern: "PURSUING", clientId: "a", intensity: 2 }], prerequisites: ["SAFETY"],
  interventions: "", homework: "", riskFlag: false, privateNote: null, privateNoteSealed: false, status: "DRAFT", version: 3, authorId: "u1", authorName: "A",
  signedAt: null, createdAt: "2026-11-20T10:00:00Z", updatedAt: "2026-11-20T10:05:00Z", addenda: [],
};
const saved = fieldsOf(server);
const typed = { ...saved, sections: { ...saved.sections, plan: "weekly sessions" } };
const local = (over: Partial<LocalDraft>): LocalDraft => ({ noteId: "n1", baseVersion: 3, fields: typed, savedAt: 1, ...over });

describe("comparing versions", () => {
  test("the order of tags and keys is not a change", () => {
    const reordered = { ...saved, enemies: [...saved.enemies].reverse(), ingredients: ["TRUST", "VULNERABILITY"] as typeof saved.ingredients,
      partnerLevels: [...saved.partnerLevels].reverse(), sections: { plan: "", data: "saved data", assessment: "" } };
    expect(sameFields(reordered, saved)).toBe(true);
    expect(changedFields(typed, saved)).toEqual(["sections"]);
  });
});

describe("on opening a draft with a copy on this device", () => {
  test("unsaved edits on top of the current version are restored", () => {
    expect(decideRestore(local({}), server)).toEqual({ kind: "restore", fields: typed });
  });

  test("edits whose save landed without an answer (reload mid-save) are restored, not a conflict", () => {
    const more = { ...typed, homework: "typed after the save was sent" };
    const draft = local({ baseVersion: 2, fields: more, sent: { baseVersion: 2, fields: saved } });
    expect(decideRestore(draft, server)).toEqual({ kind: "restore", fields: more });
  });

  test("edits on an older version that someone else has changed since: both versions, the user chooses", () => {
    expect(decideRestore(local({ baseVersion: 2 }), server)).toEqual({ kind: "conflict", mine: typed });
  });

  test("a copy identical to the server, no copy, or a signed note: nothing to restore", () => {
    expect(decideRestore(local({ baseVersion: 1, fields: saved }), server)).toEqual({ kind: "none" });
    expect(decideRestore(null, server)).toEqual({ kind: "none" });
    expect(decideRestore(local({}), { ...server, status: "SIGNED" })).toEqual({ kind: "none" });
  });
});

describe("the device store", () => {
  test("keeps one sealed copy per note that only its author's key opens, survives garbage, and clears", async () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k), key: (i: number) => [...data.keys()][i] ?? null, get length() { return data.size; },
    };
    const device = draftKeyFor("u1", "unit-test-secret-0123456789");
    const writer = draftWriter("n1", device, store);
    writer.save(local({}));
    await writer.idle();
    expect(await readLocal("n1", device, store)).toMatchObject({ fields: typed });
    expect(await readLocal("n2", device, store)).toBeNull();
    data.set("note-draft:n2", "{not json");
    expect(await readLocal("n2", device, store)).toBeNull();
    writer.clear();
    await writer.idle();
    expect(await readLocal("n1", device, store)).toBeNull();
  });
});

test("a device copy kept before patterns and prerequisites existed restores what was typed, with the server's codes", () => {
  const { patterns: _p, prerequisites: _q, ...old } = typed;
  void _p;
  void _q;
  const restored = decideRestore(local({ fields: old as typeof typed }), server);
  expect(restored).toEqual({ kind: "restore", fields: typed });
});
