"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { startDraft } from "@/lib/data/notes/write";
import { id, isoDate } from "@/lib/validation/common";

const startInput = z.object({
  clientId: id.optional(),
  coupleId: id.optional(),
  // The browser's own date: "today" is where the therapist is, not where the server is (and
  // never after the practice's today: startDraft keeps it there).
  sessionDate: isoDate.optional().catch(undefined),
});

/** "New note": creates the DRAFT at once and opens it in the editor. */
export async function startNoteAction(formData: FormData) {
  const actor = await requireUser();
  // A malformed id names no client or couple: the not-found page, never a 500.
  const parsed = startInput.safeParse({
    clientId: formData.get("clientId") || undefined,
    coupleId: formData.get("coupleId") || undefined,
    sessionDate: formData.get("sessionDate") || undefined,
  });
  const input = parsed.success ? parsed.data : null;
  const ref = input?.coupleId ? { coupleId: input.coupleId } : input?.clientId ? { clientId: input.clientId } : null;
  if (!ref) notFound();
  let noteId: string;
  try {
    noteId = (await startDraft(actor, ref, input?.sessionDate)).id;
  } catch (error) {
    // Not treating this case (404) or a role that never writes notes (403): nothing to open.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
  redirect(`/notes/${noteId}`);
}
