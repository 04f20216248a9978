import "server-only";
import type { Access } from "@/lib/data/access";
import { InvalidError } from "@/lib/data/errors";
import { FUTURE_SESSION_MESSAGE, isAfterToday } from "@/lib/domain/notes/today";

// Checks of a note's content against its case and its practice, which the schema alone cannot make.

export type Issue = { path: (string | number)[]; message: string };

interface Subject {
  kind: "client" | "couple";
  /** The note's client, or both partners. */
  clientIds: string[];
}

interface Codes {
  partnerLevels?: { clientId: string }[];
  enemies?: { clientId?: string | null }[];
  patterns?: { clientId?: string | null }[];
}

/**
 * Partner levels must name the couple's own partners (and nobody, for an individual note); an
 * enemy or pattern carried by someone names a partner of the couple, or the note's own client.
 */
export function caseIssues(codes: Codes, subject: Subject): Issue[] {
  const issues: Issue[] = [];
  const couple = subject.kind === "couple";
  const notOurs = couple ? "Not a partner of this couple." : "Not this note's client: an individual note has no partners.";
  const levels = codes.partnerLevels ?? [];
  if (levels.length && !couple) issues.push({ path: ["partnerLevels"], message: "Partner levels belong to couple sessions only." });
  else levels.forEach((p, i) => {
    if (!subject.clientIds.includes(p.clientId)) issues.push({ path: ["partnerLevels", i, "clientId"], message: "Not a partner of this couple." });
  });
  for (const field of ["enemies", "patterns"] as const) {
    (codes[field] ?? []).forEach((t, i) => {
      if (t.clientId && !subject.clientIds.includes(t.clientId)) issues.push({ path: [field, i, "clientId"], message: notOurs });
    });
  }
  return issues;
}

/** The practice's time zone (Practice.timeZone): "today" for session dates. */
export async function practiceTimeZone({ tx, actor }: Pick<Access, "tx" | "actor">): Promise<string> {
  const practice = await tx.practice.findFirst({ where: { id: actor.practiceId }, select: { timeZone: true } });
  return practice?.timeZone ?? "UTC";
}

/** A session cannot be dated after today in the practice's time zone. */
export function sessionDateIssues(sessionDate: string | undefined, timeZone: string, now: Date): Issue[] {
  if (sessionDate === undefined || !isAfterToday(sessionDate, timeZone, now)) return [];
  return [{ path: ["sessionDate"], message: FUTURE_SESSION_MESSAGE }];
}

export function throwIfAny(issues: Issue[]): void {
  if (issues.length) throw new InvalidError("Some fields are missing or invalid.", issues);
}
