import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { instantOf, todayIn, wallClockAt } from "@/lib/domain/time-zone";

const DRAFT_AGE_MS = 72 * 3_600_000;

export interface TodayItem {
  id: string;
  /** Who: the client's or the couple's names. */
  who: string;
  href: string;
  /** When, in the practice's time zone ("Thu 3 Dec 15:00"). */
  when: string;
  detail: string;
}

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const person = { select: { firstName: true, lastName: true } } as const;
const subject = { client: person, couple: { select: { partnerAId: true, partnerBId: true, partnerA: person, partnerB: person } } } as const;
type Person = { firstName: string; lastName: string };
type Named = { clientId: string | null; coupleId: string | null; client: Person | null; couple: { partnerAId: string; partnerBId: string; partnerA: Person; partnerB: Person } | null };
const whoOf = (r: Named) => (r.couple ? `${name(r.couple.partnerA)} & ${name(r.couple.partnerB)}` : r.client ? name(r.client) : "");
const caseHref = (r: Named) => (r.coupleId ? `/couples/${r.coupleId}` : `/clients/${r.clientId}`);
const clientIdsOf = (rows: Named[]) => rows.flatMap((r) => (r.couple ? [r.couple.partnerAId, r.couple.partnerBId] : [r.clientId]));
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A therapist's day: sessions today and tomorrow, attended sessions without a note, their drafts
 * older than 72 hours, and signed notes a supervisor returned. Only the actor's own calendar and
 * notes, each item one click from the work.
 */
export async function getToday(actor: Actor, now: Date = new Date()) {
  return access(actor, { permission: "note:read", action: "today.read", entityType: "SessionNote" }, async ({ tx, scope, scopeOf, disclose }) => {
    const { timeZone } = await tx.practice.findFirstOrThrow({ where: { id: actor.practiceId }, select: { timeZone: true } });
    const when = (at: Date) => {
      const w = wallClockAt(at, timeZone);
      return `${new Date(`${w.date}T00:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })} ${w.time}`;
    };
    const calendar = scopeOf("appointment:read");
    const mine = { ...(calendar?.appointment ?? { practiceId: actor.practiceId, id: "__none__" }), clinicianId: actor.clinicianId ?? "__none__" };
    // Today and tomorrow in the practice's zone; today's earlier sessions stay until marked.
    const today = todayIn(timeZone, now);
    const upcoming = await tx.appointment.findMany({
      where: { ...mine, status: "SCHEDULED", startsAt: { gte: instantOf(today, "00:00", timeZone), lt: instantOf(addDays(today, 2), "00:00", timeZone) } },
      include: subject, orderBy: { startsAt: "asc" }, take: 50,
    });
    const unwritten = await tx.appointment.findMany({
      where: { ...mine, status: "ATTENDED", noteId: null, startsAt: { gte: new Date(now.getTime() - 60 * 86_400_000) } },
      include: subject, orderBy: { startsAt: "asc" }, take: 50,
    });
    const drafts = await tx.sessionNote.findMany({
      where: { AND: [scope.note, { authorId: actor.id, status: "DRAFT", createdAt: { lt: new Date(now.getTime() - DRAFT_AGE_MS) } }] },
      include: subject, orderBy: { createdAt: "asc" }, take: 50,
    });
    const returned = await tx.sessionNote.findMany({
      where: { AND: [scope.note, { authorId: actor.id, cosignStatus: "RETURNED" }] },
      include: subject, orderBy: { updatedAt: "asc" }, take: 50,
    });
    const all = [...upcoming, ...unwritten, ...drafts, ...returned];
    disclose({ ids: all.map((r) => r.id), clientIds: clientIdsOf(all) });
    const appointmentItem = (a: (typeof upcoming)[number], detail: string, href: string): TodayItem => ({ id: a.id, who: whoOf(a), href, when: when(a.startsAt), detail });
    return {
      timeZone,
      upcoming: upcoming.map((a) => appointmentItem(a, `${a.durationMinutes} min · ${a.telehealth ? "telehealth" : "in person"}`, caseHref(a))),
      notesToWrite: unwritten.map((a) => appointmentItem(a, "Attended, no note yet", `${caseHref(a)}?appointment=${a.id}`)),
      staleDrafts: drafts.map((n) => ({ id: n.id, who: whoOf(n), href: `/notes/${n.id}`, when: n.sessionDate.toISOString().slice(0, 10), detail: "Draft for more than 72 hours" })),
      returned: returned.map((n) => ({ id: n.id, who: whoOf(n), href: `/notes/${n.id}`, when: n.sessionDate.toISOString().slice(0, 10), detail: n.cosignComment ? `Returned: ${n.cosignComment}` : "Returned by your supervisor" })),
    };
  });
}
export type Today = Awaited<ReturnType<typeof getToday>>;
