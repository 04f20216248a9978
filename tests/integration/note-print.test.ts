// The printable copy of a signed note: its treating clinician may download it (audited); a draft
// has none; intake and other clinicians learn nothing; the private note never reaches it.
import { describe, expect, test } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { addAddendum, signNote } from "@/lib/data/notes/sign";
import { getPrintableNote } from "@/lib/data/notes-print/printable";
import { notePdf } from "@/lib/print/note-pdf";
import { ownerDb as db } from "@/tests/support/owner-db";
import { pdfText } from "@/tests/support/pdf-text";
import { TEST_PASSWORD } from "@/tests/factories";
import { draftCoupleNote, notesWorld, SECRET } from "./notes-world";

describe("printable signed note", () => {
  test("the author downloads the signed note with both partners, credentials, addendum and signature, never the private note", async () => {
    const w = await notesWorld();
    const draft = await draftCoupleNote(w);
    await signNote(w.actors.author, draft.id, { password: TEST_PASSWORD });
    await addAddendum(w.actors.author, draft.id, { text: "Session ran ten minutes over." });

    const printable = await getPrintableNote(w.actors.author, draft.id);
    expect(printable.clients.map((c) => c.name)).toEqual(w.couple.partners.map((p) => `${p.firstName} ${p.lastName}`));
    expect(printable.addenda).toHaveLength(1);
    expect(JSON.stringify(printable)).not.toContain(SECRET);
    const text = pdfText(await notePdf(printable));
    expect(text).toContain(`${w.couple.partners[0].firstName} ${w.couple.partners[0].lastName}, born`);
    expect(text).toContain("Session ran ten minutes over.");
    expect(text).toContain("Electronically signed by");
    expect(text).not.toContain("countertransference");

    const audit = await db().auditEvent.findFirstOrThrow({ where: { practiceId: w.practice.id, action: "note.print" } });
    expect(audit).toMatchObject({ entityId: draft.id, actorId: w.therapist.id, outcome: "ALLOWED" });
    expect([...audit.clientIds].sort()).toEqual(w.couple.partners.map((p) => p.id).sort());
  });

  test("a draft has no printable copy (409); intake, a colleague and a non-treating owner learn nothing (404)", async () => {
    const w = await notesWorld();
    const draft = await draftCoupleNote(w);
    await expect(getPrintableNote(w.actors.author, draft.id)).rejects.toBeInstanceOf(ConflictError);
    await signNote(w.actors.author, draft.id, { password: TEST_PASSWORD });
    // Intake may not know a note exists: not found, like any invisible record.
    await expect(getPrintableNote(w.actors.intake, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableNote(w.actors.colleague, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableNote(w.actors.owner, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    const refusals = await db().auditEvent.count({ where: { practiceId: w.practice.id, action: "note.print", outcome: { not: "ALLOWED" } } });
    expect(refusals).toBeGreaterThanOrEqual(3);
  });
});
