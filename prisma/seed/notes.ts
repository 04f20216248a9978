// Session notes for every case: a schedule of sessions, the clinical state of each (story.ts),
// the prose (text.ts), then signing: everything signed except each clinician's latest drafts
// and a few drafts left unsigned too long.
import type { Case, IndividualArc } from "./clients";
import { addDays, atTime, daysBetween, isoDay, newId, nextWeekday, rngFor, TODAY, WINDOW_START, type Rng } from "./random";
import { emptyRows, type Rows } from "./rows";
import { COUPLE_TOPICS, ADDENDA } from "./phrases";
import type { CoupleArc } from "./staff";
import { coupleSession, individualSession, type SessionState } from "./story";
import { noteText } from "./text";

const HOLIDAYS = new Set(["2026-05-25", "2026-07-03", "2026-09-07"]);

/** Session dates of a case between `from` and TODAY (or its discharge). */
function schedule(c: Case, rng: Rng, from: Date): Date[] {
  const ongoing = c.start < from;
  let d = ongoing ? nextWeekday(addDays(from, rng.int(0, c.cadenceDays - 1)), c.weekday) : nextWeekday(c.start, c.weekday);
  const end = c.end ?? TODAY;
  const dates: Date[] = [];
  while (d <= end) {
    const skipped = HOLIDAYS.has(isoDay(d)) || (dates.length > 0 && rng.chance(0.15));
    if (!skipped) dates.push(d);
    // couples new to therapy come weekly for their first six sessions
    d = addDays(d, c.kind === "couple" && !ongoing && dates.length < 6 ? 7 : c.cadenceDays);
  }
  return dates;
}

function topicFor(c: Case, rng: Rng): string {
  if (c.arc === "infidelity") return "the affair and what came after";
  if (c.arc === "slideRecover") return `${c.people[0]?.firstName ?? "one partner"}'s drinking`;
  return rng.pick(COUPLE_TOPICS);
}

/** Notes (with enemies) for the cases, sessions from `from` (default: six months back). */
export function buildNotes(practiceId: string, cases: Case[], from: Date = WINDOW_START): Rows {
  const rows = emptyRows();
  for (const c of cases) {
    const rng = rngFor(`notes:${c.id}`);
    const dates = schedule(c, rng, from);
    const ongoing = c.start < from;
    const pre = ongoing ? Math.min(10, Math.max(2, Math.round(daysBetween(c.start, from) / c.cadenceDays))) : 0;
    const topic = topicFor(c, rng);
    const plan = c.clinician.spec.clinician.caseload;
    dates.forEach((date, i) => {
      const course = { i, n: dates.length, pre, late: c.late, first: !ongoing && i === 0, last: !!c.end && i === dates.length - 1 };
      const state: SessionState = c.kind === "couple"
        ? coupleSession(c.arc as CoupleArc, course, rng)
        : individualSession(c.arc as IndividualArc, c.concerns, course, rng);
      const format = rng.pick(plan.formats);
      const text = noteText({
        format, couple: c.kind === "couple", names: c.people.map((p) => p.firstName),
        concerns: c.concerns, topic, state, cadenceDays: c.cadenceDays, rng,
      });
      const intakeVisit = course.first && c.kind === "client";
      const durationMinutes = c.kind === "couple" ? 80 : intakeVisit ? 60 : 50;
      const createdAt = atTime(date, c.hour + Math.ceil(durationMinutes / 60), rng.int(0, 40));
      // signed within a day, but never after the demo's "today"
      const signedAt = new Date(Math.min(createdAt.getTime() + rng.int(10, 26 * 60) * 60_000,
        Math.max(createdAt.getTime() + 600_000, atTime(TODAY, 23, 30).getTime())));
      const id = newId();
      rows.notes.push({
        id, practiceId, authorId: c.clinician.userId,
        ...(c.kind === "couple" ? { coupleId: c.id } : { clientId: c.id }),
        sessionDate: date, durationMinutes,
        serviceType: c.kind === "couple" ? "90847" : intakeVisit ? "90791" : "90834",
        format, sections: text.sections, intimacyLevel: state.level,
        partnerLevels: state.partnerLevels
          ? state.partnerLevels.map((level, k) => ({ clientId: c.peopleIds[k] ?? "", level }))
          : [],
        ingredients: state.ingredients, interventions: text.interventions, homework: text.homework,
        riskFlag: state.risk, privateNote: text.privateNote,
        status: "SIGNED", version: rng.chance(0.85) ? 1 : rng.chance(0.7) ? 2 : 3,
        signedAt, createdAt, updatedAt: signedAt,
      });
      for (const e of state.enemies) rows.noteEnemies.push({ noteId: id, practiceId, enemy: e.enemy, intensity: e.intensity });
    });
  }
  leaveDrafts(rows, cases);
  addAddenda(rows, practiceId);
  return rows;
}

/** Each clinician's newest `drafts` notes stay unsigned, plus `staleDrafts` from 1-3 weeks ago. */
function leaveDrafts(rows: Rows, cases: Case[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    const clinician = c.clinician;
    if (seen.has(clinician.key)) continue;
    seen.add(clinician.key);
    const plan = clinician.spec.clinician.caseload;
    const rng = rngFor(`drafts:${clinician.key}`);
    const mine = rows.notes
      .filter((n) => n.authorId === clinician.userId)
      .sort((a, b) => (b.sessionDate as Date).getTime() - (a.sessionDate as Date).getTime());
    const stale = rng.shuffle(mine.filter((n) => {
      const age = daysBetween(n.sessionDate as Date, TODAY);
      return age >= 6 && age <= 21;
    })).slice(0, plan.staleDrafts ?? 0);
    for (const n of [...mine.slice(0, plan.drafts), ...stale]) {
      n.status = "DRAFT";
      n.signedAt = null;
      n.version = rng.int(1, 2);
      n.updatedAt = new Date((n.createdAt as Date).getTime() + rng.int(5, 90) * 60_000);
    }
  }
}

/** A handful of signed corrections and late entries on older signed notes. */
function addAddenda(rows: Rows, practiceId: string): void {
  const rng = rngFor(`addenda:${practiceId}`);
  const signed = rows.notes.filter((n) => n.status === "SIGNED" && (n.sessionDate as Date) < addDays(TODAY, -14));
  const chosen = rng.sample(signed, Math.min(signed.length, Math.max(1, Math.round(signed.length / 70))));
  chosen.forEach((n, k) => {
    const signedAt = new Date((n.signedAt as Date).getTime() + rng.int(1, 6) * 86_400_000);
    rows.addenda.push({
      id: newId(), practiceId, noteId: n.id as string, authorId: n.authorId,
      text: ADDENDA[k % ADDENDA.length] as string, signedAt,
    });
  });
}
