// The code systems of our FHIR R4 export (DESIGN.md "Integrations"). Standard codes where one
// exists (LOINC for the PHQ-9 and GAD-7 totals); our own, documented systems for the rest.

export const LOINC = "http://loinc.org";
/** Our code system for what no standard names: the intimacy level of a session and the CSI-4 total. */
export const LAKESHORE_CODES = "https://lakeshore-practice.example/fhir/CodeSystem/measures";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
export const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
export const CPT = "http://www.ama-assn.org/go/cpt";

export type InstrumentCode = "PHQ9" | "GAD7" | "CSI4";

/** The Observation.code of each instrument's total score. */
export const INSTRUMENT_CODES: Record<InstrumentCode, { system: string; code: string; display: string }> = {
  PHQ9: { system: LOINC, code: "44261-6", display: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]" },
  GAD7: { system: LOINC, code: "70274-6", display: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]" },
  CSI4: { system: LAKESHORE_CODES, code: "csi-4-total", display: "Couples Satisfaction Index, 4 items (CSI-4): total score (0-21)" },
};

/** The Observation.code of a session's intimacy level (1 to 7, as the clinician rated it). */
export const INTIMACY_LEVEL = { system: LAKESHORE_CODES, code: "intimacy-level", display: "Intimacy level of the session (1-7)" };
