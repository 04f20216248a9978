// Relational codes on the demo notes (DESIGN.md "Relational codes on notes"): each couple note
// gets a pursue-withdraw pattern per partner that softens as the sessions go on, some of Gottman's
// horsemen, intimate conflict once the couple is further along, enemies attributed to the partner
// who carries them, and prerequisites on most notes. Pure and deterministic; ids from its own
// stream so that no other module's ids move.
import type { Pattern, Prerequisite } from "../../lib/domain/notes/relational";
import { rngFor, type Rng } from "./random";
import type { Rows } from "./rows";
import { emptyRows } from "./rows";

function idMaker(rng: Rng): () => string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => `c${Array.from({ length: 24 }, () => alphabet[Math.floor(rng.next() * 36)]).join("")}`;
}

const HORSEMEN: Pattern[] = ["CRITICISM", "CONTEMPT", "DEFENSIVENESS", "STONEWALLING"];
const PREREQUISITES: Prerequisite[] = ["SAFETY", "TRUST", "SELF_AWARENESS", "PRESENCE", "OPENNESS", "COURAGE", "SELF_ESTEEM", "AUTONOMY", "MUTUALITY"];
const clamp = (n: number) => Math.max(0, Math.min(3, n));

/** Adds pattern rows and fills `prerequisites` and enemy carriers on the notes already built. */
export function buildCodes(rows: Rows): Rows {
  const out = emptyRows();
  const rng = rngFor("codes");
  const nextId = idMaker(rngFor("codes:ids"));
  const couples = new Map(rows.couples.map((c) => [c.id, c]));
  const byCouple = new Map<string, typeof rows.notes>();
  for (const note of rows.notes) {
    const coupleId = note.coupleId as string | null | undefined;
    if (coupleId) byCouple.set(coupleId, [...(byCouple.get(coupleId) ?? []), note]);
  }
  for (const [coupleId, notes] of byCouple) {
    const couple = couples.get(coupleId);
    if (!couple?.partnerAId || !couple.partnerBId) continue;
    const [pursuer, distancer] = rng.chance(0.5) ? [couple.partnerAId, couple.partnerBId] : [couple.partnerBId, couple.partnerAId];
    const time = (n: (typeof notes)[number]) => new Date(n.sessionDate as Date | string).getTime();
    const ordered = [...notes].sort((a, b) => time(a) - time(b));
    ordered.forEach((note, i) => {
      const t = ordered.length > 1 ? i / (ordered.length - 1) : 0; // 0 first session, 1 latest
      const add = (pattern: Pattern, clientId: string | null, intensity: number) =>
        out.notePatterns.push({ id: nextId(), noteId: note.id as string, practiceId: note.practiceId, pattern, clientId, intensity: clamp(intensity) });
      add("PURSUING", pursuer, Math.round(3 - 2 * t) + rng.int(-1, 0));
      add("DISTANCING", distancer, Math.round(3 - 2 * t) + rng.int(-1, 0));
      if (rng.chance(0.6 - 0.4 * t)) add(rng.pick(HORSEMEN), rng.pick([pursuer, distancer]), rng.int(1, 3));
      if (t > 0.5 && rng.chance(0.6)) add("INTIMATE_CONFLICT", null, rng.int(1, 2));
      if (rng.chance(0.8)) note.prerequisites = rng.sample(PREREQUISITES, rng.int(1, 3 + Math.round(2 * t)));
    });
  }
  const coupleOf = new Map(rows.notes.filter((n) => n.coupleId).map((n) => [n.id as string, couples.get(n.coupleId as string)]));
  for (const enemy of rows.noteEnemies) {
    const couple = coupleOf.get(enemy.noteId);
    if (couple && rng.chance(0.5)) enemy.clientId = rng.pick([couple.partnerAId, couple.partnerBId]);
  }
  return out;
}
