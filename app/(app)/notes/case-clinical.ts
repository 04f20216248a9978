import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { NotFoundError } from "@/lib/data/errors";
import { listNotes, type CaseRef, type NoteDto } from "@/lib/data/notes";
import { getProgress, type Progress } from "@/lib/data/progress";
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
  try {
    const [progress, notes] = await Promise.all([
      getProgress(actor, ref),
      listNotes(actor, query.success ? query.data : noteListQuery.parse({ ...ref, limit: "25" })),
    ]);
    return { kind: "shown", progress, notes };
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: "hidden", reason: "Session notes are visible only to the treating clinician." };
    throw error;
  }
}
