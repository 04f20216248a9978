// Lakeshore's staff: who they are, what they treat, and the caseload each one carries in the
// demo (the caseload plan drives clients.ts and notes.ts).
import type { Concern, NoteFormat, Window } from "./rows";

export type CoupleArc = "improve" | "slide" | "slideRecover" | "infidelity" | "plateau" | "pursueDistance";

export type CaseloadPlan = {
  /** Active individual clients, of which `late` started in the last two months (via intake). */
  individuals: number;
  late: number;
  adolescents?: number;
  couples: { arc: CoupleArc; late?: boolean }[];
  discharged?: number;
  formats: NoteFormat[];
  /** Unsigned notes: the most recent `drafts`, plus `staleDrafts` older ones left unsigned. */
  drafts: number;
  staleDrafts?: number;
};

export type StaffSpec = {
  key: string;
  email: string;
  name: string;
  roles: ("OWNER" | "THERAPIST" | "INTAKE")[];
  clinician?: {
    discipline: "PSYCHOLOGY" | "MFT" | "COUNSELING" | "SOCIAL_WORK";
    credentials: string;
    gender: "female" | "male" | "nonbinary";
    bio: string;
    specialties: Concern[];
    modalities: ("INDIVIDUAL" | "COUPLES" | "FAMILY" | "CHILD_ADOLESCENT")[];
    ageGroups: ("CHILD" | "ADOLESCENT" | "ADULT")[];
    locations: string[];
    telehealth: boolean;
    languages: string[];
    insurancePanels: string[];
    couplesYears: number;
    availability: Window[];
    acceptingNewClients: boolean;
    maxCaseload: number;
    caseload: CaseloadPlan;
  };
};

const BCBS = "Blue Cross Blue Shield of Michigan";
const PRIORITY = "Priority Health";
const HAP = "HAP";
const AETNA = "Aetna";

/** Weekly windows on the given weekdays (1 = Monday). */
function windows(days: number[], from: string, to: string): Window[] {
  return days.map((weekday) => ({ weekday, from, to }));
}

export const LAKESHORE_STAFF: StaffSpec[] = [
  {
    key: "ellison", email: "owner@lakeshore.test", name: "Dr. Maya Ellison", roles: ["OWNER", "THERAPIST"],
    clinician: {
      discipline: "PSYCHOLOGY", credentials: "PhD, Licensed Psychologist", gender: "female",
      bio: "Founder of the collective. Integrative psychologist for adults and couples: anxiety, depression, trauma and intimacy after long-term stress.",
      specialties: ["ANXIETY", "DEPRESSION", "TRAUMA", "RELATIONSHIP", "INTIMACY"],
      modalities: ["INDIVIDUAL", "COUPLES"], ageGroups: ["ADULT"], locations: ["Brighton", "New Hudson"],
      telehealth: true, languages: ["English"], insurancePanels: [BCBS, PRIORITY, AETNA], couplesYears: 12,
      availability: [...windows([2, 4], "09:00", "13:00"), { weekday: 3, from: "14:00", to: "18:00" }],
      acceptingNewClients: true, maxCaseload: 12,
      caseload: { individuals: 4, late: 0, couples: [{ arc: "improve" }, { arc: "pursueDistance" }], formats: ["SOAP"], drafts: 1 },
    },
  },
  {
    key: "reyes", email: "therapist@lakeshore.test", name: "Jordan Reyes", roles: ["THERAPIST"],
    clinician: {
      discipline: "MFT", credentials: "LMFT", gender: "male",
      bio: "Couples and family therapist (Gottman Level 2, EFT trained). Works with trust after infidelity, communication breakdowns and intimacy in long marriages.",
      specialties: ["RELATIONSHIP", "INTIMACY", "COMMUNICATION", "INFIDELITY", "SEXUAL_CONCERNS"],
      modalities: ["COUPLES", "INDIVIDUAL", "FAMILY"], ageGroups: ["ADULT"], locations: ["Brighton", "Lansing", "Highland"],
      telehealth: true, languages: ["English", "Spanish"], insurancePanels: [BCBS, PRIORITY, HAP], couplesYears: 9,
      availability: [...windows([1, 3], "12:00", "20:00"), ...windows([4], "15:00", "20:00"), { weekday: 6, from: "09:00", to: "13:00" }],
      acceptingNewClients: true, maxCaseload: 24,
      caseload: {
        individuals: 3, late: 1,
        couples: [{ arc: "improve" }, { arc: "slide" }, { arc: "infidelity" }, { arc: "improve" }, { arc: "plateau" }, { arc: "improve", late: true }],
        formats: ["DAP", "DAP", "DAP", "FREE"], drafts: 2, staleDrafts: 1,
      },
    },
  },
  {
    key: "brooks", email: "therapist2@lakeshore.test", name: "Nathan Brooks", roles: ["THERAPIST"],
    clinician: {
      discipline: "COUNSELING", credentials: "LPC", gender: "male",
      bio: "Licensed professional counselor for teens and adults facing depression, anxiety, grief and big life changes. CBT and ACT informed.",
      specialties: ["DEPRESSION", "ANXIETY", "LIFE_TRANSITIONS", "LOW_SELF_WORTH", "GRIEF"],
      modalities: ["INDIVIDUAL"], ageGroups: ["ADOLESCENT", "ADULT"], locations: ["Fenton", "Highland"],
      telehealth: true, languages: ["English"], insurancePanels: [BCBS, HAP, AETNA], couplesYears: 0,
      availability: [...windows([1, 2, 4], "10:00", "18:00"), { weekday: 5, from: "08:00", to: "12:00" }],
      acceptingNewClients: true, maxCaseload: 20,
      caseload: { individuals: 8, late: 1, adolescents: 1, couples: [], discharged: 1, formats: ["BIRP"], drafts: 2, staleDrafts: 1 },
    },
  },
  {
    key: "kowalski", email: "hannah.kowalski@lakeshore.test", name: "Dr. Hannah Kowalski", roles: ["THERAPIST"],
    clinician: {
      discipline: "PSYCHOLOGY", credentials: "PsyD, Licensed Psychologist", gender: "female",
      bio: "Child and adolescent psychologist: anxiety, school refusal and trauma, with parents in the room when it helps.",
      specialties: ["CHILD_ADOLESCENT", "ANXIETY", "TRAUMA", "DEPRESSION"],
      modalities: ["INDIVIDUAL", "CHILD_ADOLESCENT", "FAMILY"], ageGroups: ["CHILD", "ADOLESCENT", "ADULT"],
      locations: ["Brighton", "Lansing"], telehealth: false, languages: ["English", "Polish"],
      insurancePanels: [BCBS, PRIORITY, AETNA], couplesYears: 0,
      availability: windows([1, 2, 3, 4], "14:00", "19:00"), acceptingNewClients: true, maxCaseload: 18,
      caseload: { individuals: 4, late: 1, adolescents: 2, couples: [], formats: ["SOAP"], drafts: 0 },
    },
  },
  {
    key: "haddad", email: "layla.haddad@lakeshore.test", name: "Layla Haddad", roles: ["THERAPIST"],
    clinician: {
      discipline: "SOCIAL_WORK", credentials: "LMSW", gender: "female",
      bio: "Clinical social worker supporting immigrant and bicultural families through grief, trauma and transitions; sessions in Arabic or English.",
      specialties: ["GRIEF", "TRAUMA", "LIFE_TRANSITIONS", "DEPRESSION", "RELATIONSHIP"],
      modalities: ["INDIVIDUAL", "COUPLES", "FAMILY"], ageGroups: ["ADOLESCENT", "ADULT"], locations: ["Lansing"],
      telehealth: true, languages: ["English", "Arabic"], insurancePanels: [BCBS, HAP], couplesYears: 3,
      availability: [...windows([1, 3, 5], "09:00", "15:00")], acceptingNewClients: true, maxCaseload: 16,
      caseload: { individuals: 3, late: 0, couples: [{ arc: "plateau" }], formats: ["DAP"], drafts: 0 },
    },
  },
  {
    key: "ortiz", email: "daniel.ortiz@lakeshore.test", name: "Daniel Ortiz", roles: ["THERAPIST"],
    clinician: {
      discipline: "MFT", credentials: "LMFT, CAADC", gender: "male",
      bio: "Marriage and family therapist with fourteen years of couples work, including couples where one partner is in recovery. Bilingual English/Spanish.",
      specialties: ["RELATIONSHIP", "COMMUNICATION", "INFIDELITY", "INTIMACY", "SUBSTANCE_USE"],
      modalities: ["COUPLES", "FAMILY", "INDIVIDUAL"], ageGroups: ["ADULT"], locations: ["Highland", "New Hudson", "Fenton"],
      telehealth: true, languages: ["English", "Spanish"], insurancePanels: [PRIORITY, AETNA], couplesYears: 14,
      availability: [...windows([2, 4], "13:00", "20:00"), { weekday: 6, from: "09:00", to: "14:00" }],
      acceptingNewClients: true, maxCaseload: 20,
      caseload: { individuals: 2, late: 0, couples: [{ arc: "slideRecover" }, { arc: "infidelity" }, { arc: "improve", late: true }], formats: ["SOAP", "FREE"], drafts: 1 },
    },
  },
  {
    key: "chen", email: "grace.chen@lakeshore.test", name: "Grace Chen", roles: ["THERAPIST"],
    clinician: {
      discipline: "COUNSELING", credentials: "LPC", gender: "female",
      bio: "Counselor for anxious high-achievers, students and people starting over; sessions in Mandarin or English.",
      specialties: ["ANXIETY", "LIFE_TRANSITIONS", "LOW_SELF_WORTH", "DEPRESSION"],
      modalities: ["INDIVIDUAL"], ageGroups: ["ADOLESCENT", "ADULT"], locations: ["Lansing", "Brighton"],
      telehealth: true, languages: ["English", "Mandarin"], insurancePanels: [BCBS, AETNA], couplesYears: 0,
      availability: [...windows([1, 2, 3], "11:00", "19:00")], acceptingNewClients: true, maxCaseload: 20,
      caseload: { individuals: 4, late: 1, couples: [], discharged: 1, formats: ["DAP", "BIRP"], drafts: 1 },
    },
  },
  {
    key: "walker", email: "terrence.walker@lakeshore.test", name: "Terrence Walker", roles: ["THERAPIST"],
    clinician: {
      discipline: "SOCIAL_WORK", credentials: "LMSW, CAADC", gender: "male",
      bio: "Clinical social worker in addiction recovery and grief; works with individuals and with couples rebuilding after substance use.",
      specialties: ["SUBSTANCE_USE", "GRIEF", "DEPRESSION", "TRAUMA", "RELATIONSHIP"],
      modalities: ["INDIVIDUAL", "COUPLES"], ageGroups: ["ADULT"], locations: ["Fenton", "Brighton"],
      telehealth: true, languages: ["English"], insurancePanels: [BCBS, HAP, PRIORITY], couplesYears: 5,
      availability: [...windows([1, 2, 3, 4], "08:00", "16:00")], acceptingNewClients: true, maxCaseload: 12,
      caseload: { individuals: 8, late: 0, couples: [{ arc: "improve" }, { arc: "slide" }], formats: ["BIRP", "SOAP"], drafts: 2, staleDrafts: 2 },
    },
  },
  {
    key: "morgan", email: "riley.morgan@lakeshore.test", name: "Riley Morgan", roles: ["THERAPIST"],
    clinician: {
      discipline: "COUNSELING", credentials: "LPC", gender: "nonbinary",
      bio: "Affirming counselor for LGBTQ+ adults, teens and couples; self-worth, sexuality and intimacy. Fluent in ASL.",
      specialties: ["LOW_SELF_WORTH", "RELATIONSHIP", "SEXUAL_CONCERNS", "INTIMACY", "ANXIETY"],
      modalities: ["INDIVIDUAL", "COUPLES"], ageGroups: ["ADOLESCENT", "ADULT"], locations: ["New Hudson", "Highland"],
      telehealth: true, languages: ["English", "ASL"], insurancePanels: [PRIORITY, HAP], couplesYears: 4,
      availability: [...windows([2, 3], "12:00", "20:00"), { weekday: 5, from: "10:00", to: "16:00" }],
      acceptingNewClients: true, maxCaseload: 18,
      caseload: { individuals: 3, late: 1, couples: [{ arc: "pursueDistance" }], formats: ["FREE", "DAP"], drafts: 1 },
    },
  },
  {
    key: "adeyemi", email: "samuel.adeyemi@lakeshore.test", name: "Dr. Samuel Adeyemi", roles: ["THERAPIST"],
    clinician: {
      discipline: "PSYCHOLOGY", credentials: "PhD, Licensed Psychologist", gender: "male",
      bio: "Clinical psychologist (CPT and prolonged exposure) for trauma, depression and complicated grief. Not taking new clients until January.",
      specialties: ["DEPRESSION", "TRAUMA", "ANXIETY", "GRIEF"],
      modalities: ["INDIVIDUAL"], ageGroups: ["ADULT"], locations: ["Lansing"],
      telehealth: true, languages: ["English", "French"], insurancePanels: [BCBS, AETNA], couplesYears: 0,
      availability: windows([2, 3, 4], "08:00", "14:00"), acceptingNewClients: false, maxCaseload: 14,
      caseload: { individuals: 3, late: 0, couples: [], discharged: 1, formats: ["SOAP"], drafts: 0 },
    },
  },
  {
    key: "vasquez", email: "elena.vasquez@lakeshore.test", name: "Elena Vasquez", roles: ["THERAPIST"],
    clinician: {
      discipline: "MFT", credentials: "LMFT", gender: "female",
      bio: "Family and couples therapist for blended families, new parents and parents of teens; bilingual English/Spanish.",
      specialties: ["RELATIONSHIP", "COMMUNICATION", "CHILD_ADOLESCENT", "LIFE_TRANSITIONS"],
      modalities: ["COUPLES", "FAMILY", "CHILD_ADOLESCENT", "INDIVIDUAL"], ageGroups: ["CHILD", "ADOLESCENT", "ADULT"],
      locations: ["Fenton", "Lansing"], telehealth: false, languages: ["English", "Spanish"],
      insurancePanels: [HAP, PRIORITY, AETNA], couplesYears: 7,
      availability: [...windows([1, 4], "15:00", "20:00"), { weekday: 6, from: "09:00", to: "12:00" }],
      acceptingNewClients: true, maxCaseload: 22,
      caseload: { individuals: 2, late: 0, adolescents: 1, couples: [{ arc: "improve" }], formats: ["BIRP"], drafts: 0 },
    },
  },
  { key: "intake", email: "intake@lakeshore.test", name: "Priya Natarajan", roles: ["INTAKE"] },
];
