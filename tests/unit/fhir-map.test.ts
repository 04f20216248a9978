// The FHIR R4 mapping (lib/domain/fhir): every resource is valid against HL7's R4 JSON schema,
// the measures carry their LOINC codes, and nothing private can be an input.
import { describe, expect, test } from "vitest";
import { LAKESHORE_CODES, LOINC } from "@/lib/domain/fhir/codes";
import { everythingBundle, measureObservation, patientResource, type EverythingInput } from "@/lib/domain/fhir/map";
import { fhirErrors } from "@/tests/support/fhir-validate";

const input: EverythingInput = {
  patient: { id: "c1", firstName: "Ada", lastName: "Lovelace", dateOfBirth: "1988-04-12", email: "ada@example.com", phone: null, status: "ACTIVE", practitionerId: "u1" },
  practitioners: [{ id: "u1", name: "Dr. Maya Chen", email: "maya@example.com", credentials: "LMFT" }, { id: "u2", name: "Plato", email: "p@example.com", credentials: "" }],
  sessions: [
    { id: "n1", sessionDate: "2026-11-18", durationMinutes: 50, serviceType: "90834", authorId: "u1", level: 5, couple: false },
    { id: "n2", sessionDate: "2026-11-20", durationMinutes: 80, serviceType: "PSYCHOTHERAPY", authorId: "u2", level: null, couple: true },
  ],
  measures: [
    { id: "m1", instrument: "PHQ9", takenOn: "2026-11-18", score: 12, band: "moderate", enteredById: "u1" },
    { id: "m2", instrument: "GAD7", takenOn: "2026-11-18", score: 4, band: "", enteredById: "u1" },
    { id: "m3", instrument: "CSI4", takenOn: "2026-11-20", score: 15, band: "distressed", enteredById: "u2" },
  ],
};

describe("FHIR R4 mapping", () => {
  const bundle = everythingBundle(input, "https://app.example/api/v1/fhir/");
  const resources = (bundle.entry ?? []).map((e) => e.resource!);

  test("the bundle and each resource in it are valid against the official R4 schema", () => {
    expect(fhirErrors(bundle)).toEqual([]);
    for (const resource of resources) expect(fhirErrors(resource)).toEqual([]);
  });

  test("the schema check is real: an invalid resource is refused", () => {
    expect(fhirErrors({ ...patientResource(input.patient), gender: "sometimes" } as never)).not.toEqual([]);
    expect(fhirErrors({ resourceType: "Observation", status: "final" })).not.toEqual([]);
  });

  test("one Patient, the practitioners, an Encounter per session, an Observation per level and measure", () => {
    const count = (type: string) => resources.filter((r) => r.resourceType === type).length;
    expect([count("Patient"), count("Practitioner"), count("Encounter"), count("Observation")]).toEqual([1, 2, 2, 4]);
    expect(bundle.entry?.[0]?.fullUrl).toBe("https://app.example/api/v1/fhir/Patient/c1");
  });

  test("PHQ-9 and GAD-7 totals carry LOINC 44261-6 and 70274-6; CSI-4 and levels our documented system", () => {
    const code = (i: number) => measureObservation(input.measures[i]!, "c1").code.coding?.[0];
    expect(code(0)).toMatchObject({ system: LOINC, code: "44261-6" });
    expect(code(1)).toMatchObject({ system: LOINC, code: "70274-6" });
    expect(code(2)).toMatchObject({ system: LAKESHORE_CODES, code: "csi-4-total" });
    const level = resources.find((r) => r.id === "level-n1");
    expect(level).toMatchObject({ valueInteger: 5, encounter: { reference: "Encounter/n1" }, code: { coding: [{ system: LAKESHORE_CODES, code: "intimacy-level" }] } });
  });
});
