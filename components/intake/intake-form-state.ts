// The new-intake form's values, kept in the browser so nothing typed is lost when the server
// answers with errors, and turned into the API's payload on submit.
import { fromWindowRows, type WindowRow } from "@/components/intake/availability-editor";
import type { Concern, Modality } from "@/lib/domain/matching/vocabulary";

export interface PersonValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
}

export type Risk = "selfHarm" | "violence" | "substance";

export interface IntakeFormValues {
  kind: "INDIVIDUAL" | "COUPLE";
  people: [PersonValues, PersonValues];
  concerns: Concern[];
  serviceType: Modality;
  locationIds: string[];
  telehealthOk: boolean;
  availability: WindowRow[];
  clinicianGender: string;
  language: string;
  paymentType: "SELF_PAY" | "INSURANCE";
  insurer: string;
  urgency: "ROUTINE" | "SOON" | "URGENT";
  risk: Record<Risk, boolean>;
}

const blankPerson = (): PersonValues => ({ firstName: "", lastName: "", dateOfBirth: "", email: "", phone: "" });

export function initialValues(): IntakeFormValues {
  return {
    kind: "INDIVIDUAL", people: [blankPerson(), blankPerson()], concerns: [], serviceType: "INDIVIDUAL", locationIds: [], telehealthOk: false,
    availability: [], clinicianGender: "", language: "", paymentType: "SELF_PAY", insurer: "", urgency: "ROUTINE",
    risk: { selfHarm: false, violence: false, substance: false },
  };
}

export const anyRisk = (v: IntakeFormValues) => v.risk.selfHarm || v.risk.violence || v.risk.substance;

/** The POST /api/v1/intakes payload (the same schema validates it on the server). */
export function toPayload(v: IntakeFormValues) {
  const people = v.kind === "COUPLE" ? v.people : [v.people[0]];
  return {
    kind: v.kind,
    clients: people.map((p) => ({ firstName: p.firstName, lastName: p.lastName, dateOfBirth: p.dateOfBirth || null, email: p.email || null, phone: p.phone || null })),
    concerns: v.concerns,
    serviceType: v.serviceType,
    locationIds: v.locationIds,
    telehealthOk: v.telehealthOk,
    availability: fromWindowRows(v.availability),
    preferences: { clinicianGender: v.clinicianGender || null, language: v.language || null },
    payment: { type: v.paymentType, insurer: v.paymentType === "INSURANCE" ? v.insurer || null : null },
    urgency: anyRisk(v) ? "URGENT" : v.urgency,
    riskScreen: v.risk,
  };
}

/** Errors under a path prefix, with the prefix taken off ("availability.1.to" → "1.to"). */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  return out;
}
