import { currentActor } from "@/lib/auth/session";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { getPrintableNote } from "@/lib/data/notes-print/printable";
import { notePdf } from "@/lib/print/note-pdf";
import { id as idSchema } from "@/lib/validation/common";

/** GET /notes/{id}/pdf: the signed note's printable copy, downloaded (audited as note.print). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const actor = await currentActor();
  if (!actor) return plain(401, "Sign in to download this note.");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return plain(404, "Note not found.");
  try {
    const note = await getPrintableNote(actor, id.data);
    const pdf = await notePdf(note);
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="session-note-${note.sessionDate}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return plain(404, "Note not found.");
    if (error instanceof ConflictError) return plain(409, error.message);
    throw error;
  }
}
