// "Other Practice": a second, small tenant whose data must never show up at Lakeshore (and
// the other way round). One location, one owner-clinician, a handful of clients and notes.
import { buildCaseloads } from "./clients";
import type { personFactory } from "./names";
import { buildNotes } from "./notes";
import { buildPractice, type PracticeDef } from "./practice";
import { addDays, day, TODAY } from "./random";
import { buildQueue } from "./queue";
import { mergeRows, type Rows } from "./rows";

export const OTHER_SLUG = "other";

const OTHER: PracticeDef = {
  name: "Other Practice",
  slug: OTHER_SLUG,
  safetyProtocol: "Positive risk screen: call 988 with the caller or 911 if in immediate danger, page the owner, document the call the same day.",
  locations: [["Ypsilanti", "118 W Michigan Ave, Ypsilanti, MI 48197"]],
  founded: day("2025-01-06"),
  staff: [{
    key: "other-owner", email: "owner@other.test", name: "Dr. Casey Lindqvist", roles: ["OWNER", "THERAPIST"],
    clinician: {
      discipline: "PSYCHOLOGY", credentials: "PsyD", gender: "female",
      bio: "Solo practice for adults and couples.",
      specialties: ["ANXIETY", "DEPRESSION", "RELATIONSHIP", "COMMUNICATION"],
      modalities: ["INDIVIDUAL", "COUPLES"], ageGroups: ["ADULT"], locations: ["Ypsilanti"],
      telehealth: true, languages: ["English"], insurancePanels: ["Blue Cross Blue Shield of Michigan"], couplesYears: 6,
      availability: [{ weekday: 2, from: "09:00", to: "17:00" }, { weekday: 4, from: "09:00", to: "17:00" }],
      acceptingNewClients: true, maxCaseload: 15,
      caseload: { individuals: 3, late: 0, couples: [{ arc: "improve" }], formats: ["SOAP"], drafts: 1 },
    },
  }],
};

/** Everything of Other Practice: practice, staff, 5 clients (one couple), ~10 notes, 1 intake. */
export function buildOtherPractice(passwordHash: string, people: ReturnType<typeof personFactory>): Rows {
  const { rows, staff } = buildPractice(OTHER, passwordHash);
  const caseload = buildCaseloads(staff.practiceId, staff.clinicians, people);
  mergeRows(rows, caseload.rows);
  mergeRows(rows, buildNotes(staff.practiceId, caseload.cases, addDays(TODAY, -35)));
  mergeRows(rows, buildQueue(staff.practiceId, staff.intakeUserId, staff.locationIds, people, [{
    status: "NEW", people: [["male", 40]], concerns: ["ANXIETY"], serviceType: "INDIVIDUAL", locations: ["Ypsilanti"],
    telehealthOk: true, availability: [{ weekday: 2, from: "09:00", to: "12:00" }], insurer: null, urgency: "ROUTINE", daysAgo: 4,
  }]));
  return rows;
}
