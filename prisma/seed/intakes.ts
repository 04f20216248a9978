// Matched intake requests: every case that started in the last two months came in through
// intake and was assigned by the intake specialist, with the score and reasons of the ranking.
import type { Case } from "./clients";
import type { Person } from "./names";
import { addDays, atTime, isoDay, newId, rngFor, type Rng } from "./random";
import { emptyRows, type Rows, type Window } from "./rows";

export type Reason = { factor: string; points: number; maxPoints: number; detail: string };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The `people` JSON of an intake request. */
export function peopleJson(people: Person[], dobs: Date[]) {
  return people.map((p, k) => ({
    firstName: p.firstName, lastName: p.lastName, dateOfBirth: isoDay(dobs[k] ?? new Date(0)),
    email: p.email, phone: p.phone,
  }));
}

function hh(h: number): string {
  return `${String(Math.max(7, Math.min(21, h))).padStart(2, "0")}:00`;
}

function reasonsFor(c: Case, rng: Rng, activeCount: number, availability: Window[]): Reason[] {
  const spec = c.clinician.spec.clinician;
  const fit = c.concerns.filter((x) => spec.specialties.includes(x));
  const util = activeCount / spec.maxCaseload;
  const asked = availability[0];
  const open = spec.availability.find((x) => x.weekday === asked?.weekday);
  const overlap = asked && open
    ? `${WEEKDAYS[asked.weekday]} ${asked.from > open.from ? asked.from : open.from}-${asked.to < open.to ? asked.to : open.to}`
    : null;
  return [
    {
      factor: "specialty", points: Math.round((40 * fit.length) / Math.max(1, c.concerns.length)), maxPoints: 40,
      detail: `Treats ${fit.map((x) => x.toLowerCase().replaceAll("_", " ")).join(", ") || "none of the concerns"} (${fit.length} of ${c.concerns.length} concerns)`,
    },
    {
      factor: "availability", points: rng.pick([15, 20, 25]), maxPoints: 25,
      detail: overlap ? `Both free ${overlap}` : "Availability overlaps",
    },
    { factor: "preferences", points: 10, maxPoints: 10, detail: "No gender or language preference given" },
    {
      factor: "caseload", points: Math.round(20 * (1 - util)), maxPoints: 20,
      detail: `${activeCount} of ${spec.maxCaseload} active clients (${Math.round(util * 100)}% of capacity)`,
    },
  ];
}

/** MATCHED intake requests (with Assignment rows) for the cases marked late. */
export function buildMatchedIntakes(practiceId: string, intakeUserId: string, cases: Case[], caseRows: Rows): Rows {
  const rows = emptyRows();
  const active = new Map<string, number>();
  for (const c of cases) if (!c.end) active.set(c.clinician.id, (active.get(c.clinician.id) ?? 0) + c.peopleIds.length);

  for (const c of cases.filter((x) => x.late)) {
    const rng = rngFor(`intake:${c.id}`);
    const spec = c.clinician.spec.clinician;
    const createdAt = atTime(addDays(c.start, -rng.int(6, 9)), rng.int(9, 16), rng.int(0, 59));
    const matchedAt = atTime(addDays(createdAt, rng.int(1, 3)), rng.int(9, 16), rng.int(0, 59));
    const availability: Window[] = [
      { weekday: c.weekday, from: hh(c.hour - 1), to: hh(c.hour + 3) },
      { weekday: rng.pick([1, 2, 3, 4, 5]), from: "17:00", to: "20:00" },
    ];
    const insured = rng.chance(0.75);
    const id = newId();
    rows.intakes.push({
      id, practiceId, kind: c.kind === "couple" ? "COUPLE" : "INDIVIDUAL",
      people: peopleJson(c.people, c.dateOfBirth), concerns: c.concerns,
      serviceType: c.kind === "couple" ? "COUPLES" : c.adolescent ? "CHILD_ADOLESCENT" : "INDIVIDUAL",
      locationIds: [c.locationId], telehealthOk: rng.chance(0.5), availability, preferences: {},
      paymentType: insured ? "INSURANCE" : "SELF_PAY", insurer: insured ? rng.pick(spec.insurancePanels) : null,
      urgency: rng.pick(["ROUTINE", "ROUTINE", "SOON"] as const), status: "MATCHED",
      clientIds: c.peopleIds, coupleId: c.kind === "couple" ? c.id : null,
      createdById: intakeUserId, createdAt, updatedAt: matchedAt, matchedAt,
    });
    const reasons = reasonsFor(c, rng, Math.max(0, (active.get(c.clinician.id) ?? 1) - c.peopleIds.length), availability);
    rows.assignments.push({
      id: newId(), practiceId, intakeRequestId: id, clinicianId: c.clinician.id, assignedById: intakeUserId,
      score: Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0)), reasons,
      note: rng.chance(0.5) ? "Spoke with the client by phone; first appointment booked." : "", createdAt: matchedAt,
    });
    // assigning is what created these client (and couple) records
    for (const row of [...caseRows.clients, ...caseRows.couples]) {
      if (typeof row.id === "string" && (c.peopleIds.includes(row.id) || row.id === c.id)) {
        row.createdAt = matchedAt;
        row.updatedAt = matchedAt;
      }
    }
  }
  return rows;
}
