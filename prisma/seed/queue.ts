// The open intake queue: new requests (one flagged for self-harm), the waitlist and one closed
// request. Some are linked to INQUIRY or WAITLISTED client records already on file.
import type { Gender, personFactory } from "./names";
import { addDays, atTime, birthDate, newId, rngFor, TODAY } from "./random";
import { emptyRows, type Concern, type Rows, type Window } from "./rows";
import { peopleJson } from "./intakes";

type People = ReturnType<typeof personFactory>;

export type QueueSpec = {
  status: "NEW" | "WAITLISTED" | "CLOSED";
  people: [Gender, number][];
  concerns: Concern[];
  serviceType: "INDIVIDUAL" | "COUPLES" | "FAMILY" | "CHILD_ADOLESCENT";
  locations: string[];
  telehealthOk: boolean;
  availability: Window[];
  preferences?: { clinicianGender?: string; language?: string };
  insurer: string | null;
  urgency: "ROUTINE" | "SOON" | "URGENT";
  risk?: { selfHarm?: boolean; violence?: boolean; substance?: boolean };
  daysAgo: number;
  waitlistReason?: string;
  /** Also file the person as a client record (INQUIRY, or WAITLISTED on the waitlist). */
  linkClient?: boolean;
};

const w = (weekdays: number[], from: string, to: string): Window[] => weekdays.map((weekday) => ({ weekday, from, to }));

export const LAKESHORE_QUEUE: QueueSpec[] = [
  { status: "NEW", people: [["female", 34]], concerns: ["ANXIETY", "LIFE_TRANSITIONS"], serviceType: "INDIVIDUAL", locations: ["Brighton"], telehealthOk: true, availability: w([2, 4], "16:00", "20:00"), insurer: "Blue Cross Blue Shield of Michigan", urgency: "ROUTINE", daysAgo: 2, linkClient: true },
  { status: "NEW", people: [["female", 36], ["male", 38]], concerns: ["COMMUNICATION", "INTIMACY"], serviceType: "COUPLES", locations: ["Lansing"], telehealthOk: true, availability: w([1, 3], "17:00", "20:00"), insurer: "Priority Health", urgency: "SOON", daysAgo: 3 },
  { status: "NEW", people: [["male", 27]], concerns: ["DEPRESSION"], serviceType: "INDIVIDUAL", locations: ["Highland"], telehealthOk: true, availability: w([1, 2, 3, 4, 5], "09:00", "17:00"), insurer: "HAP", urgency: "URGENT", risk: { selfHarm: true }, daysAgo: 1 },
  { status: "NEW", people: [["female", 45], ["male", 47]], concerns: ["INFIDELITY", "RELATIONSHIP"], serviceType: "COUPLES", locations: ["Highland", "New Hudson"], telehealthOk: false, availability: [...w([6], "09:00", "12:00"), ...w([4], "17:00", "20:00")], preferences: { clinicianGender: "female" }, insurer: null, urgency: "SOON", daysAgo: 5 },
  { status: "NEW", people: [["female", 15]], concerns: ["CHILD_ADOLESCENT", "ANXIETY"], serviceType: "CHILD_ADOLESCENT", locations: ["Fenton", "Brighton"], telehealthOk: false, availability: w([1, 2, 3, 4], "15:30", "18:00"), insurer: "Aetna", urgency: "ROUTINE", daysAgo: 6 },
  { status: "NEW", people: [["female", 58]], concerns: ["GRIEF", "DEPRESSION"], serviceType: "INDIVIDUAL", locations: ["Lansing"], telehealthOk: true, availability: w([1, 3], "10:00", "14:00"), preferences: { language: "Arabic", clinicianGender: "female" }, insurer: null, urgency: "ROUTINE", daysAgo: 8 },
  { status: "NEW", people: [["male", 31], ["female", 30]], concerns: ["SEXUAL_CONCERNS", "INTIMACY"], serviceType: "COUPLES", locations: [], telehealthOk: true, availability: w([2, 4], "17:00", "20:00"), preferences: { language: "Spanish" }, insurer: "Aetna", urgency: "ROUTINE", daysAgo: 9 },
  { status: "NEW", people: [["male", 41]], concerns: ["SUBSTANCE_USE", "DEPRESSION"], serviceType: "INDIVIDUAL", locations: ["Fenton", "Brighton"], telehealthOk: true, availability: w([1, 2, 3], "08:00", "12:00"), insurer: "HAP", urgency: "SOON", risk: { substance: true }, daysAgo: 11 },
  { status: "NEW", people: [["male", 29]], concerns: ["TRAUMA", "ANXIETY"], serviceType: "INDIVIDUAL", locations: ["New Hudson"], telehealthOk: true, availability: w([2], "12:00", "18:00"), preferences: { clinicianGender: "male" }, insurer: "Priority Health", urgency: "ROUTINE", daysAgo: 13, linkClient: true },
  { status: "NEW", people: [["nonbinary", 23]], concerns: ["LOW_SELF_WORTH", "ANXIETY"], serviceType: "INDIVIDUAL", locations: ["Highland"], telehealthOk: true, availability: w([3, 5], "12:00", "16:00"), preferences: { language: "ASL" }, insurer: "HAP", urgency: "ROUTINE", daysAgo: 15 },
  { status: "NEW", people: [["female", 33], ["female", 35]], concerns: ["COMMUNICATION", "LIFE_TRANSITIONS"], serviceType: "COUPLES", locations: ["Fenton", "Lansing"], telehealthOk: false, availability: w([6], "09:00", "12:00"), insurer: "HAP", urgency: "ROUTINE", daysAgo: 18 },
  {
    status: "WAITLISTED", people: [["female", 38]], concerns: ["ANXIETY", "LIFE_TRANSITIONS"], serviceType: "INDIVIDUAL", locations: ["Fenton"], telehealthOk: false, availability: w([6], "09:00", "12:00"), preferences: { language: "Mandarin" }, insurer: "Blue Cross Blue Shield of Michigan", urgency: "ROUTINE", daysAgo: 52, linkClient: true,
    waitlistReason: "Needs a Mandarin-speaking clinician in person in Fenton on Saturday mornings; Grace Chen sees clients in Lansing and Brighton on weekdays only.",
  },
  {
    status: "WAITLISTED", people: [["male", 9]], concerns: ["CHILD_ADOLESCENT"], serviceType: "CHILD_ADOLESCENT", locations: ["Brighton"], telehealthOk: false, availability: w([1, 2, 3, 4], "15:00", "18:00"), insurer: "Meridian", urgency: "ROUTINE", daysAgo: 38, linkClient: true,
    waitlistReason: "No child clinician is in network with Meridian; the family is checking out-of-network benefits before choosing self-pay.",
  },
  {
    status: "WAITLISTED", people: [["male", 44]], concerns: ["TRAUMA", "GRIEF"], serviceType: "INDIVIDUAL", locations: ["Lansing"], telehealthOk: true, availability: w([2, 3, 4], "08:00", "12:00"), preferences: { clinicianGender: "male" }, insurer: "Aetna", urgency: "SOON", daysAgo: 26, linkClient: true,
    waitlistReason: "Asked for a male psychologist for trauma work; Dr. Adeyemi is not taking new clients until January.",
  },
  { status: "CLOSED", people: [["female", 52]], concerns: ["DEPRESSION"], serviceType: "INDIVIDUAL", locations: ["Brighton"], telehealthOk: true, availability: w([5], "08:00", "12:00"), insurer: "Priority Health", urgency: "ROUTINE", daysAgo: 44 },
];

/** NEW, WAITLISTED and CLOSED intake requests, and the client records some of them link to. */
export function buildQueue(practiceId: string, intakeUserId: string, locationIds: Map<string, string>, people: People, queue: QueueSpec[]): Rows {
  const rows = emptyRows();
  queue.forEach((q, i) => {
    const rng = rngFor(`queue:${practiceId}:${i}`);
    const persons = q.people.map(([gender]) => people.make(gender));
    const dobs = q.people.map(([, age]) => birthDate(rng, age));
    const createdAt = atTime(addDays(TODAY, -q.daysAgo), rng.int(9, 16), rng.int(0, 59));
    const updatedAt = q.status === "NEW" ? createdAt : addDays(createdAt, rng.int(1, 3));
    const locs = q.locations.map((name) => locationIds.get(name) ?? "");
    const clientIds: string[] = [];
    if (q.linkClient) {
      persons.forEach((p, k) => {
        const id = newId();
        clientIds.push(id);
        rows.clients.push({
          id, practiceId, firstName: p.firstName, lastName: p.lastName, dateOfBirth: dobs[k] ?? TODAY,
          email: p.email, phone: p.phone, pronouns: p.pronouns, status: q.status === "WAITLISTED" ? "WAITLISTED" : "INQUIRY",
          assignedClinicianId: null, locationId: locs[0] ?? null, createdAt, updatedAt,
        });
      });
    }
    rows.intakes.push({
      id: newId(), practiceId, kind: q.people.length === 2 ? "COUPLE" : "INDIVIDUAL",
      people: peopleJson(persons, dobs), concerns: q.concerns, serviceType: q.serviceType,
      locationIds: locs, telehealthOk: q.telehealthOk, availability: q.availability, preferences: q.preferences ?? {},
      paymentType: q.insurer ? "INSURANCE" : "SELF_PAY", insurer: q.insurer, urgency: q.urgency,
      riskSelfHarm: q.risk?.selfHarm ?? false, riskViolence: q.risk?.violence ?? false, riskSubstance: q.risk?.substance ?? false,
      status: q.status, waitlistReason: q.waitlistReason ?? null, clientIds, coupleId: null,
      createdById: intakeUserId, createdAt, updatedAt,
      waitlistedAt: q.status === "WAITLISTED" ? updatedAt : null,
    });
  });
  return rows;
}
