import "server-only";
import { InvalidError } from "@/lib/data/errors";

/**
 * A list's `cursor` is the id of the last row of the previous page. Prisma places the next page
 * after that row's sort keys (a name, a session date, a time) wherever the row lives, so a cursor
 * naming a row the caller may not list (another practice's, a colleague's client) would tell
 * where that row sorts. `visible` counts the cursor row within the caller's own scope: anything
 * else is 400 naming `cursor`, the same for a row that exists elsewhere and one that never did.
 */
export async function assertCursor(cursor: string | undefined, visible: (id: string) => Promise<number>): Promise<void> {
  if (cursor === undefined || (await visible(cursor)) > 0) return;
  throw new InvalidError("This page cursor does not belong to this list.", [
    { path: ["cursor"], message: "Not a cursor of this list. Start again from the first page." },
  ]);
}
