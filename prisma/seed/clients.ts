// Lakeshore's active caseloads: individual clients and couples per clinician, each with a
// "case" (schedule and clinical arc) that notes.ts turns into session notes.
import type { Person, personFactory } from "./names";
import type { ClinicianHandle } from "./practice";
import { addDays, at, birthDate, day, newId, rngFor, WINDOW_START, type Rng } from "./random";
import { emptyRows, type Concern, type Rows } from "./rows";
import type { CoupleArc } from "./staff";

export type IndividualArc = "improve" | "plateau" | "variable" | "crisis";

export type Case = {
  kind: "client" | "couple";
  /** Client id or couple id. */
  id: string;
  label: string;
  clinician: ClinicianHandle;
  people: Person[];
  peopleIds: string[];
  dateOfBirth: Date[];
  concerns: Concern[];
  arc: IndividualArc | CoupleArc;
  /** First session; before WINDOW_START means an ongoing case. */
  start: Date;
  /** Last possible session (discharged clients). */
  end?: Date;
  weekday: number;
  hour: number;
  cadenceDays: number;
  /** Started in the last two months through a matched intake request. */
  late: boolean;
  locationId: string;
  adolescent: boolean;
};

type People = ReturnType<typeof personFactory>;

const COUPLE_CONCERNS: Record<CoupleArc, Concern[]> = {
  improve: ["COMMUNICATION", "RELATIONSHIP", "INTIMACY"],
  slide: ["COMMUNICATION", "RELATIONSHIP"],
  slideRecover: ["RELATIONSHIP", "COMMUNICATION", "SUBSTANCE_USE"],
  infidelity: ["INFIDELITY", "RELATIONSHIP"],
  plateau: ["COMMUNICATION", "SEXUAL_CONCERNS"],
  pursueDistance: ["INTIMACY", "COMMUNICATION"],
};

/** A session slot inside one of the clinician's availability windows. */
function slot(rng: Rng, c: ClinicianHandle, minutes: number): { weekday: number; hour: number } {
  const w = rng.pick(c.spec.clinician.availability);
  const from = Number(w.from.slice(0, 2));
  const to = Number(w.to.slice(0, 2)) - Math.ceil(minutes / 60);
  return { weekday: w.weekday, hour: rng.int(from, Math.max(from, to)) };
}

function startDate(rng: Rng, late: boolean, ongoing = false): Date {
  if (late) return addDays(day("2026-09-28"), rng.int(0, 42));
  if (ongoing || rng.chance(0.5)) return addDays(WINDOW_START, -rng.int(30, 400));
  return addDays(WINDOW_START, rng.int(5, 130));
}

/** Clients and couples of every clinician, following their caseload plans. */
export function buildCaseloads(practiceId: string, clinicians: ClinicianHandle[], people: People): { rows: Rows; cases: Case[] } {
  const rows = emptyRows();
  const cases: Case[] = [];

  function addClient(p: Person, dob: Date, c: ClinicianHandle, locationId: string, status: "ACTIVE" | "DISCHARGED", created: Date): string {
    const id = newId();
    rows.clients.push({
      id, practiceId, firstName: p.firstName, lastName: p.lastName, dateOfBirth: dob,
      email: p.email, phone: p.phone, pronouns: p.pronouns, status,
      assignedClinicianId: c.id, locationId, createdAt: created, updatedAt: created,
    });
    return id;
  }

  for (const c of clinicians) {
    const plan = c.spec.clinician.caseload;
    const specialties = c.spec.clinician.specialties.filter((s) => s !== "CHILD_ADOLESCENT" && s !== "INTIMACY");
    const total = plan.individuals + (plan.discharged ?? 0);
    for (let i = 0; i < total; i++) {
      const rng = rngFor(`individual:${c.key}:${i}`);
      const discharged = i >= plan.individuals;
      const late = !discharged && i >= plan.individuals - plan.late;
      const adolescent = i < (plan.adolescents ?? 0);
      const p = people.make(people.randomGender());
      const dob = birthDate(rng, adolescent ? rng.int(13, 17) : rng.int(21, 72));
      const start = discharged ? addDays(WINDOW_START, -rng.int(60, 200)) : startDate(rng, late);
      const locationId = rng.pick(c.locationIds);
      const concerns: Concern[] = adolescent
        ? ["CHILD_ADOLESCENT", rng.pick(["ANXIETY", "DEPRESSION", "LOW_SELF_WORTH"] as const)]
        : rng.sample(specialties, rng.int(1, 2));
      const arc: IndividualArc = i === 1 && (c.key === "brooks" || c.key === "walker") ? "crisis"
        : rng.pick(["improve", "improve", "plateau", "variable"] as const);
      const { weekday, hour } = slot(rng, c, 50);
      const created = addDays(start, -rng.int(3, 14));
      const id = addClient(p, dob, c, locationId, discharged ? "DISCHARGED" : "ACTIVE", created);
      const end = addDays(WINDOW_START, rng.int(60, 120));
      cases.push({
        kind: "client", id, label: p.firstName, clinician: c, people: [p], peopleIds: [id], dateOfBirth: [dob],
        concerns, arc, start, ...(discharged ? { end } : {}),
        weekday, hour, cadenceDays: rng.pick([7, 14, 14, 21, 21, 28, 28, 28]),
        late, locationId, adolescent,
      });
    }

    plan.couples.forEach((spec, i) => {
      const rng = rngFor(`couple:${c.key}:${i}`);
      const late = spec.late === true;
      const r = rng.next();
      const [ga, gb] = r < 0.7 ? ["female", "male"] as const : r < 0.8 ? ["female", "female"] as const
        : r < 0.9 ? ["male", "male"] as const : ["nonbinary", "female"] as const;
      const relationshipStatus = rng.pick(["married", "married", "married", "married", "partnered", "engaged", "dating"]);
      const a = people.make(ga);
      const b = people.make(gb, relationshipStatus === "married" && rng.chance(0.6) ? a.lastName : undefined);
      const ageA = rng.int(24, 66);
      const dobs = [birthDate(rng, ageA), birthDate(rng, Math.max(22, ageA + rng.int(-5, 5)))];
      // a slide needs a long enough timeline to be seen: those couples were already in therapy
      const start = startDate(rng, late, spec.arc === "slide" || spec.arc === "slideRecover");
      const locationId = rng.pick(c.locationIds);
      const created = addDays(start, -rng.int(3, 14));
      const ids = [a, b].map((p, k) => addClient(p, at(dobs, k), c, locationId, "ACTIVE", created));
      const id = newId();
      rows.couples.push({
        id, practiceId, partnerAId: at(ids, 0), partnerBId: at(ids, 1), relationshipStatus, status: "ACTIVE",
        assignedClinicianId: c.id, secretsPolicy: rng.chance(0.3) ? "LIMITED_SECRETS" : "NO_SECRETS",
        locationId, createdAt: created, updatedAt: created,
      });
      const { weekday, hour } = slot(rng, c, 80);
      cases.push({
        kind: "couple", id, label: `${a.firstName} & ${b.firstName}`, clinician: c, people: [a, b], peopleIds: ids,
        dateOfBirth: dobs, concerns: COUPLE_CONCERNS[spec.arc], arc: spec.arc, start, weekday, hour,
        cadenceDays: rng.pick([7, 14, 14, 14]), late, locationId, adolescent: false,
      });
    });
  }
  return { rows, cases };
}
