import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { InvalidError, NotFoundError } from "@/lib/data/errors";
import { listNotes, type CaseRef, type NoteDto } from "@/lib/data/notes/notes";
import { getProgress, type Progress } from "@/lib/data/notes/progress";
import type { Page } from "@/lib/validation/common";
import { noteListQuery } from "@/lib/validation/note";

export type Clinical =
  | { kind: "shown"; progress: Progress; notes: Page<NoteDto> }
  | { kind: "hidden"; reason: string };

/**
 * The notes and progress of a client's or couple's page. lib/data decides who sees them; this
 * only turns its refusal into words (intake: never; anyone not treating: not theirs to see).
 */
export async function loadClinical(actor: Actor, ref: CaseRef, cursor?: string): Promise<Clinical> {
  if (!can(actor, "note:read")) return { kind: "hidden", reason: "Session notes are not available to your role." };
  const query = noteListQuery.safeParse({ ...ref, limit: "25", ...(cursor ? { cursor } : {}) });
  const firstPage = noteListQuery.parse({ ...ref, limit: "25" });
  try {
    const [progress, notes] = await Promise.all([
      getProgress(actor, ref),
      // A cursor from the URL that is not a note of this list (lib/data refuses it): the first page.
      listNotes(actor, query.success ? query.data : firstPage).catch((error: unknown) => {
        if (error instanceof InvalidError && query.success && query.data.cursor) return listNotes(actor, firstPage);
        throw error;
      }),
    ]);
    return { kind: "shown", progress, notes };
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: "hidden", reason: "Session notes are visible only to the treating clinician." };
    throw error;
  }
}
