// Demo measures (DESIGN.md "Measures"), pure and deterministic: CSI-4 for both partners of
// several Lakeshore couples every three to four weeks, following their session levels; PHQ-9 and
// GAD-7 for some individual clients; and one couple (the Nair-Okafors) whose sessions sit at
// levels 2-3 with no enemy coded, yet whose CSI-4 stays distressed: the notes alone would miss it.
import { DEFINITIONS, scoreMeasure, type Instrument } from "../../lib/domain/measures";
import { addDays, day, isoDay, rngFor, TODAY, type Rng } from "./random";
import { emptyRows, type Rows } from "./rows";

type Row = Rows["measures"][number];
const asDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/** Answers for `instrument` that sum to `score` (clamped to its range), spread over the items. */
export function answersFor(instrument: Instrument, score: number, rng: Rng): number[] {
  const items = DEFINITIONS[instrument].items;
  const answers = items.map(() => 0);
  let left = Math.max(0, Math.min(score, items.reduce((s, i) => s + i.max, 0)));
  while (left > 0) {
    const open = items.flatMap((item, i) => (answers[i]! < item.max ? [i] : []));
    const i = rng.pick(open);
    answers[i]! += 1;
    left -= 1;
  }
  return answers;
}

function idMaker(rng: Rng): () => string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => `c${Array.from({ length: 24 }, () => alphabet[Math.floor(rng.next() * 36)]).join("")}`;
}

const quietId = "cqu1etd1stressc0up1e0000";
const quietPartners = ["cqu1etd1stressp4rtnera00", "cqu1etd1stressp4rtnerb00"];

/** The couple of stable, unremarkable sessions and a distressed CSI-4, on the demo therapist's caseload. */
function quietCouple(rows: Rows, practiceId: string, out: Rows, nextId: () => string): { clinicianUserId: string; start: Date } | null {
  const user = rows.users.find((u) => u.email === "therapist@lakeshore.test");
  const clinician = rows.clinicians.find((c) => c.userId === user?.id);
  const intake = rows.users.find((u) => u.practiceId === practiceId && (u.roles as string[] | undefined)?.includes("INTAKE"));
  const location = rows.locations.find((l) => l.practiceId === practiceId);
  if (!user || !clinician?.id || !intake?.id || !location?.id) return null;
  const start = day("2026-08-14");
  const [clinicianId, intakeId, userId] = [String(clinician.id), String(intake.id), String(user.id)];
  const base = { practiceId, status: "ACTIVE" as const, assignedClinicianId: clinicianId, locationId: location.id, createdAt: start, updatedAt: start };
  const people = [
    { firstName: "Priya", lastName: "Nair", pronouns: "she/her", dob: "1988-03-12", phone: "734-555-0190" },
    { firstName: "Daniel", lastName: "Okafor", pronouns: "he/him", dob: "1986-10-02", phone: "734-555-0191" },
  ];
  people.forEach((p, k) => out.clients.push({
    ...base, id: quietPartners[k]!, firstName: p.firstName, lastName: p.lastName, dateOfBirth: day(p.dob),
    email: `${p.firstName.toLowerCase()}.${p.lastName.toLowerCase()}@example.com`, phone: p.phone, pronouns: p.pronouns,
  }));
  out.couples.push({ ...base, id: quietId, partnerAId: quietPartners[0]!, partnerBId: quietPartners[1]!, relationshipStatus: "married", secretsPolicy: "NO_SECRETS" });
  for (const [clientId, coupleId] of [[null, quietId], [quietPartners[0]!, null], [quietPartners[1]!, null]] as const) {
    out.caseAssignments.push({
      id: `ca_${coupleId ?? clientId}`, practiceId, clientId, coupleId, clinicianId, previousClinicianId: null,
      assignedById: intakeId, assignedAt: start, reason: null, source: "MATCH",
    });
  }
  const levels = [2, 3, 2, 3, 3, 2, 3, 2, 3];
  levels.forEach((level, i) => {
    const sessionDate = addDays(start, 7 + i * 10);
    const createdAt = new Date(sessionDate.getTime() + 17 * 3_600_000);
    const signedAt = new Date(createdAt.getTime() + 3_600_000);
    out.notes.push({
      id: nextId(), practiceId, authorId: userId, coupleId: quietId, sessionDate, durationMinutes: 80, serviceType: "90847", format: "FREE",
      sections: { text: "Priya and Daniel were polite and cooperative; they talked about schedules, the house and their families. Little conflict, little closeness: feelings stayed at the level of facts and opinions. No hurt or resentment named. Continue conjoint sessions." },
      intimacyLevel: level, partnerLevels: quietPartners.map((clientId, k) => ({ clientId, level: k === 0 ? level : Math.max(2, level - (i % 2)) })),
      ingredients: ["COMMITMENT"], interventions: "Reflective listening", homework: "Ten minutes a day of talk that is not about logistics",
      riskFlag: false, privateNote: null, status: "SIGNED", version: 1, signedAt, createdAt, updatedAt: signedAt,
    });
  });
  return { clinicianUserId: userId, start };
}

function measure(practiceId: string, id: string, clientId: unknown, coupleId: unknown, instrument: Instrument, takenOn: Date, answers: number[], enteredById: unknown): Row {
  return {
    id, practiceId, clientId: String(clientId), coupleId: coupleId == null ? null : String(coupleId), instrument, takenOn, answers,
    ...scoreMeasure(instrument, answers), enteredById: String(enteredById),
    createdAt: new Date(takenOn.getTime() + 16 * 3_600_000),
  };
}

/** Dates from `start` to TODAY, every `step` to `step + 7` days. */
function every(start: Date, step: number, rng: Rng): Date[] {
  const dates: Date[] = [];
  for (let d = start; d <= TODAY; d = addDays(d, step + rng.int(0, 7))) dates.push(d);
  return dates;
}

/** The measures (and the one couple they need) of the demo; `rows` is everything built before. */
export function buildMeasures(rows: Rows): Rows {
  const out = emptyRows();
  const practice = rows.practices.find((p) => p.slug === "lakeshore");
  if (!practice?.id) return out;
  const practiceId = String(practice.id);
  const rng = rngFor("measures");
  const nextId = idMaker(rngFor("measures:ids"));
  const userOf = new Map(rows.clinicians.map((c) => [c.id, c.userId]));
  const notesOf = (key: "coupleId" | "clientId", id: unknown) => rows.notes.filter((n) => n[key] === id).sort((a, b) => asDate(a.sessionDate).getTime() - asDate(b.sessionDate).getTime());
  const levelAt = (notes: Rows["notes"], d: Date) => notes.filter((n) => asDate(n.sessionDate) <= d).at(-1)?.intimacyLevel ?? notes[0]?.intimacyLevel ?? 3;

  // CSI-4 for both partners of several couples: satisfaction rises and falls with the session level.
  const couples = rows.couples.filter((c) => c.practiceId === practiceId && c.status === "ACTIVE" && c.assignedClinicianId).slice(0, 7);
  for (const couple of couples) {
    const notes = notesOf("coupleId", couple.id);
    if (notes.length < 3) continue;
    const enteredBy = userOf.get(couple.assignedClinicianId!)!;
    for (const takenOn of every(asDate(notes[0]!.sessionDate), 21, rng)) {
      const level = levelAt(notes, takenOn);
      for (const [k, clientId] of [couple.partnerAId, couple.partnerBId].entries()) {
        const score = 4 + level * 2 + rng.int(-2, 2) - k;
        out.measures.push(measure(practiceId, nextId(), clientId, couple.id, "CSI4", takenOn, answersFor("CSI4", score, rng), enteredBy));
      }
    }
  }

  const quiet = quietCouple(rows, practiceId, out, nextId);
  if (quiet) {
    for (const takenOn of every(addDays(quiet.start, 7), 21, rng)) {
      for (const [k, clientId] of quietPartners.entries()) {
        out.measures.push(measure(practiceId, nextId(), clientId, quietId, "CSI4", takenOn, answersFor("CSI4", 9 + rng.int(0, 3) - k, rng), quiet.clinicianUserId));
      }
    }
  }

  // PHQ-9 and GAD-7 for some individual clients, every four weeks or so: most improve.
  const partners = new Set(rows.couples.flatMap((c) => [String(c.partnerAId), String(c.partnerBId)]));
  const individuals = rows.clients.filter((c) => c.practiceId === practiceId && c.status === "ACTIVE" && c.assignedClinicianId && !partners.has(String(c.id))).slice(0, 8);
  individuals.forEach((client, n) => {
    const notes = notesOf("clientId", client.id);
    if (notes.length < 2) return;
    const enteredBy = userOf.get(client.assignedClinicianId!)!;
    const dates = every(asDate(notes[0]!.sessionDate), 28, rng);
    const [phq0, gad0] = [rng.int(11, 22), rng.int(8, 17)];
    dates.forEach((takenOn, i) => {
      const t = dates.length > 1 ? i / (dates.length - 1) : 0;
      const fall = n % 4 === 3 ? 0 : 0.6; // every fourth client plateaus
      const phq = answersFor("PHQ9", Math.round(phq0 * (1 - fall * t)) + rng.int(-1, 1), rng);
      // One client's recent PHQ-9 has the self-harm item above 0: the page shows the safety protocol.
      phq[8] = n === 1 && i === dates.length - 1 ? 1 : 0;
      out.measures.push(measure(practiceId, nextId(), client.id, null, "PHQ9", takenOn, phq, enteredBy));
      out.measures.push(measure(practiceId, nextId(), client.id, null, "GAD7", takenOn, answersFor("GAD7", Math.round(gad0 * (1 - fall * t)) + rng.int(-1, 1), rng), enteredBy));
    });
  });
  return out;
}

export const MEASURES_QUIET_COUPLE = { id: quietId, partnerIds: quietPartners, firstDay: isoDay(day("2026-08-14")) };
