import type { Bundle, Encounter, Observation, Patient, Practitioner, Reference } from "@medplum/fhirtypes";
import { ACT_CODE, CPT, INSTRUMENT_CODES, INTIMACY_LEVEL, OBSERVATION_CATEGORY, type InstrumentCode } from "@/lib/domain/fhir/codes";

// Pure mapping of our records to FHIR R4 resources: no database, no clock. The private note is
// not an input here, so it cannot reach an export.

export interface PatientInput {
  id: string; firstName: string; lastName: string; dateOfBirth: string; email: string | null; phone: string | null;
  status: "INQUIRY" | "WAITLISTED" | "ACTIVE" | "DISCHARGED"; practitionerId: string | null;
}
export interface PractitionerInput { id: string; name: string; email: string; credentials: string }
export interface SessionInput {
  id: string; sessionDate: string; durationMinutes: number; serviceType: string; authorId: string;
  /** This client's level in the session: their own session's, or their partner level in a couple's. */
  level: number | null;
  couple: boolean;
}
export interface MeasureInput { id: string; instrument: InstrumentCode; takenOn: string; score: number; band: string; enteredById: string }

const patientRef = (id: string): Reference<Patient> => ({ reference: `Patient/${id}` });
const practitionerRef = (id: string): Reference<Practitioner> => ({ reference: `Practitioner/${id}` });
const encounterRef = (id: string): Reference<Encounter> => ({ reference: `Encounter/${id}` });

/** "Ada Lovelace" as given names and a family name (the last word). */
function humanName(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { text: name.trim() || "Unknown" };
  return { text: words.join(" "), family: words[words.length - 1]!, given: words.slice(0, -1) };
}

export function patientResource(p: PatientInput): Patient {
  const telecom = [
    ...(p.email ? [{ system: "email" as const, value: p.email }] : []),
    ...(p.phone ? [{ system: "phone" as const, value: p.phone }] : []),
  ];
  return {
    resourceType: "Patient",
    id: p.id,
    active: p.status !== "DISCHARGED",
    name: [{ use: "official", family: p.lastName, given: [p.firstName] }],
    birthDate: p.dateOfBirth,
    ...(telecom.length ? { telecom } : {}),
    ...(p.practitionerId ? { generalPractitioner: [practitionerRef(p.practitionerId)] } : {}),
  };
}

export function practitionerResource(p: PractitionerInput): Practitioner {
  return {
    resourceType: "Practitioner",
    id: p.id,
    name: [humanName(p.name)],
    telecom: [{ system: "email", value: p.email }],
    ...(p.credentials.trim() ? { qualification: [{ code: { text: p.credentials.trim() } }] } : {}),
  };
}

/** A signed session as a finished ambulatory Encounter (its note's text is not part of it). */
export function encounterResource(s: SessionInput, patientId: string): Encounter {
  return {
    resourceType: "Encounter",
    id: s.id,
    status: "finished",
    class: { system: ACT_CODE, code: "AMB", display: "ambulatory" },
    type: [/^\d{5}$/.test(s.serviceType) ? { coding: [{ system: CPT, code: s.serviceType }], text: s.couple ? "Couple session" : "Individual session" } : { text: s.serviceType }],
    subject: patientRef(patientId),
    participant: [{ individual: practitionerRef(s.authorId) }],
    period: { start: s.sessionDate, end: s.sessionDate },
    length: { value: s.durationMinutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
  };
}

const survey = [{ coding: [{ system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" }] }];

/** The intimacy level the clinician rated in a session, or null when the session has none for this client. */
export function levelObservation(s: SessionInput, patientId: string): Observation | null {
  if (s.level === null) return null;
  return {
    resourceType: "Observation",
    id: `level-${s.id}`,
    status: "final",
    category: survey,
    code: { coding: [INTIMACY_LEVEL], text: "Intimacy level" },
    subject: patientRef(patientId),
    encounter: encounterRef(s.id),
    effectiveDateTime: s.sessionDate,
    performer: [practitionerRef(s.authorId)],
    valueInteger: s.level,
  };
}

export function measureObservation(m: MeasureInput, patientId: string): Observation {
  const code = INSTRUMENT_CODES[m.instrument];
  return {
    resourceType: "Observation",
    id: `measure-${m.id}`,
    status: "final",
    category: survey,
    code: { coding: [code], text: code.display },
    subject: patientRef(patientId),
    effectiveDateTime: m.takenOn,
    performer: [practitionerRef(m.enteredById)],
    valueInteger: m.score,
    ...(m.band ? { interpretation: [{ text: m.band }] } : {}),
  };
}

export interface EverythingInput {
  patient: PatientInput;
  practitioners: PractitionerInput[];
  sessions: SessionInput[];
  measures: MeasureInput[];
}

/** Patient/$everything: a searchset Bundle of the patient and everything about them we export. */
export function everythingBundle(input: EverythingInput, baseUrl: string): Bundle {
  const pid = input.patient.id;
  const resources = [
    patientResource(input.patient),
    ...input.practitioners.map(practitionerResource),
    ...input.sessions.map((s) => encounterResource(s, pid)),
    ...input.sessions.flatMap((s) => levelObservation(s, pid) ?? []),
    ...input.measures.map((m) => measureObservation(m, pid)),
  ];
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${baseUrl.replace(/\/$/, "")}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: resource.resourceType === "Patient" ? "match" : "include" },
    })),
  };
}
