// Issue 9 item 4 (ADR 0031): the device's copy of a draft keeps "nothing typed is lost" without
// leaving anything readable behind: the stored entry holds no text, opens only with its author's
// key under its own note, never lands after a removal, and other users' copies are dropped.
import { afterEach, describe, expect, test, vi } from "vitest";
import { flushDrafts, onFlushRequest } from "@/components/notes/device-cleanup";
import { draftWriter, readLocal, removeDrafts, stopDeviceCopies, type LocalDraft, type Store } from "@/components/notes/local-draft";
import { fieldsOf, type NoteDto } from "@/components/notes/note-fields";
import { draftKeyFor } from "@/lib/auth/draft-key";

const SECRET = "unit-test-auth-secret-0123456789abcdef";
const alice = draftKeyFor("user-alice", SECRET);
const bob = draftKeyFor("user-bob", SECRET);

function memoryStore(): Store & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

const secretWords = { plan: "Discuss the affair disclosure", privateNote: "I feel drawn to side with Dana" };
const note = {
  id: "note-1", sessionDate: "2026-11-20", durationMinutes: 50, serviceType: "90834", format: "DAP",
  sections: { data: "", assessment: "", plan: secretWords.plan }, intimacyLevel: 3, partnerLevels: [], enemies: [], ingredients: [],
  interventions: "", homework: "", riskFlag: false, privateNote: secretWords.privateNote, status: "DRAFT", version: 1,
} as unknown as NoteDto;
const draft = (over: Partial<LocalDraft> = {}): LocalDraft => ({ noteId: "note-1", baseVersion: 1, fields: fieldsOf(note), savedAt: 1, ...over });

afterEach(() => {
  stopDeviceCopies(false);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("the server-derived key", () => {
  test("is the same for a user after signing in again, and different for anyone else or another secret", () => {
    expect(draftKeyFor("user-alice", SECRET)).toEqual(alice);
    expect(bob.key).not.toBe(alice.key);
    expect(bob.owner).not.toBe(alice.owner);
    expect(draftKeyFor("user-alice", `${SECRET}-rotated`).key).not.toBe(alice.key);
    expect(alice.owner).not.toContain("alice"); // the tag does not name the user
    expect(() => draftKeyFor("user-alice", "")).toThrow(/AUTH_SECRET/);
  });
});

describe("the sealed copy in storage", () => {
  test("holds none of the typed text, private note included, and restores for its author", async () => {
    const store = memoryStore();
    const writer = draftWriter("note-1", alice, store);
    writer.save(draft());
    await writer.idle();
    const raw = store.data.get("note-draft:note-1") ?? "";
    expect(Object.keys(JSON.parse(raw) as object).sort()).toEqual(["data", "iv", "owner", "v"]);
    for (const words of Object.values(secretWords)) expect(raw).not.toContain(words);
    expect(raw).not.toMatch(/privateNote|sections|Dana/);
    expect((await readLocal("note-1", alice, store))?.fields.privateNote).toBe(secretWords.privateNote);
  });

  test("does not open for another user, under another note's name, tampered, or without a key", async () => {
    const store = memoryStore();
    const writer = draftWriter("note-1", alice, store);
    writer.save(draft());
    await writer.idle();
    const raw = store.data.get("note-draft:note-1")!;
    expect(await readLocal("note-1", bob, store)).toBeNull();
    expect(await readLocal("note-1", { key: bob.key, owner: alice.owner }, store)).toBeNull();
    store.data.set("note-draft:note-2", raw);
    expect(await readLocal("note-2", alice, store)).toBeNull();
    const entry = JSON.parse(raw) as { data: string };
    store.data.set("note-draft:note-1", JSON.stringify({ ...entry, data: `A${entry.data.slice(1)}` }));
    expect(await readLocal("note-1", alice, store)).toBeNull();
    expect(await readLocal("note-1", null, store)).toBeNull();
  });

  test("the latest typing wins, and a removal is never undone by a write still being encrypted", async () => {
    const store = memoryStore();
    const writer = draftWriter("note-1", alice, store);
    for (const homework of ["a", "ab", "abc"]) writer.save(draft({ fields: { ...fieldsOf(note), homework } }));
    await writer.idle();
    expect((await readLocal("note-1", alice, store))?.fields.homework).toBe("abc");
    writer.save(draft({ fields: { ...fieldsOf(note), homework: "abcd" } }));
    writer.clear();
    await writer.idle();
    expect(store.data.size).toBe(0);
  });

  test("once signing out has begun, nothing more is written", async () => {
    const store = memoryStore();
    const writer = draftWriter("note-1", alice, store);
    stopDeviceCopies();
    writer.save(draft());
    await writer.idle();
    expect(store.data.size).toBe(0);
  });
});

describe("removing copies", () => {
  test("an app page keeps only the signed-in user's sealed copies, and sign-out removes every one", async () => {
    const store = memoryStore();
    const mine = draftWriter("note-1", alice, store);
    const theirs = draftWriter("note-2", bob, store);
    mine.save(draft());
    theirs.save(draft({ noteId: "note-2" }));
    await Promise.all([mine.idle(), theirs.idle()]);
    store.data.set("note-draft:legacy", JSON.stringify(draft({ noteId: "legacy" }))); // plaintext, from before sealing
    store.data.set("theme", "dark");

    expect(removeDrafts(alice.owner, store)).toBe(2);
    expect([...store.data.keys()].sort()).toEqual(["note-draft:note-1", "theme"]);
    expect(await readLocal("note-1", alice, store)).not.toBeNull();

    expect(removeDrafts(null, store)).toBe(1);
    expect([...store.data.keys()]).toEqual(["theme"]);
  });
});

describe("saving open editors before signing out", () => {
  test("waits for every editor; false when one cannot save or takes too long, true with none open", async () => {
    vi.stubGlobal("window", new EventTarget());
    expect(await flushDrafts(3_000)).toBe(true);

    const stops = [onFlushRequest(async () => true), onFlushRequest(async () => false)];
    expect(await flushDrafts(3_000)).toBe(false);
    stops.forEach((stop) => stop());

    vi.useFakeTimers();
    const stop = onFlushRequest(() => new Promise<boolean>(() => {})); // a save that never answers
    const answer = flushDrafts(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await answer).toBe(false);
    stop();

    const ok = onFlushRequest(async () => true);
    vi.useRealTimers();
    expect(await flushDrafts(3_000)).toBe(true);
    ok();
  });
});
