// A practice itself: practice row, locations, staff accounts and clinician profiles.
import { day, newId } from "./random";
import { emptyRows, type Rows } from "./rows";
import { LAKESHORE_STAFF, type StaffSpec } from "./staff";

export const LAKESHORE_SLUG = "lakeshore";

export type PracticeDef = {
  name: string;
  slug: string;
  safetyProtocol: string;
  locations: [name: string, address: string][];
  staff: StaffSpec[];
  founded: Date;
};

const SAFETY_PROTOCOL = `If any risk screen answer is positive (thoughts of suicide or self-harm, thoughts of hurting someone, or a safety problem at home):

1. Stay with the caller. Do not put them on hold or end the call to "call back later".
2. If there is immediate danger (a plan, means at hand, an attempt in progress, or someone is being hurt), call 911 with the caller's location, then keep them on the line.
3. Otherwise give the 988 Suicide & Crisis Lifeline (call or text 988) and, if they agree, stay on while they connect.
4. Warm handoff: page the on-call clinician (the rota is on the staff board) and connect the caller to them directly, the same day. If the on-call clinician does not answer within 15 minutes, call the clinical director (Dr. Ellison).
5. Mark the intake URGENT and the risk screen as positive, so it goes to the top of the queue.
6. Document what was said, what you did and the times, in the intake record, before the end of your shift. Do not write clinical opinions: write what the caller said, in their words.

Intake specialists screen; they do not assess or treat. When in doubt, hand off.`;

const LOCATIONS: PracticeDef["locations"] = [
  ["Brighton", "412 W Main St, Suite 200, Brighton, MI 48116"],
  ["Lansing", "1820 E Michigan Ave, Suite 3, Lansing, MI 48912"],
  ["Highland", "2650 N Milford Rd, Highland, MI 48357"],
  ["Fenton", "305 S Leroy St, Fenton, MI 48430"],
  ["New Hudson", "56700 Grand River Ave, Suite B, New Hudson, MI 48165"],
];

export type ClinicianHandle = {
  key: string;
  id: string;
  userId: string;
  spec: StaffSpec & { clinician: NonNullable<StaffSpec["clinician"]> };
  locationIds: string[];
};

export type PracticeStaff = {
  practiceId: string;
  locationIds: Map<string, string>;
  clinicians: ClinicianHandle[];
  intakeUserId: string;
};

export const LAKESHORE: PracticeDef = {
  name: "Lakeshore Counseling Collective",
  slug: LAKESHORE_SLUG,
  safetyProtocol: SAFETY_PROTOCOL,
  locations: LOCATIONS,
  staff: LAKESHORE_STAFF,
  founded: day("2024-03-01"),
};

/** Practice, locations, users and clinician profiles, all with fixed ids. */
export function buildPractice(def: PracticeDef, passwordHash: string): { rows: Rows; staff: PracticeStaff } {
  const rows = emptyRows();
  const practiceId = newId();
  const { founded } = def;
  rows.practices.push({ id: practiceId, name: def.name, slug: def.slug, safetyProtocol: def.safetyProtocol, createdAt: founded });

  const locationIds = new Map<string, string>();
  for (const [name, address] of def.locations) {
    const id = newId();
    locationIds.set(name, id);
    rows.locations.push({ id, practiceId, name, address, createdAt: founded });
  }
  const locationId = (name: string) => {
    const id = locationIds.get(name);
    if (!id) throw new Error(`unknown location ${name}`);
    return id;
  };

  const clinicians: ClinicianHandle[] = [];
  let intakeUserId = "";
  def.staff.forEach((spec, i) => {
    const userId = newId();
    const joined = new Date(founded.getTime() + (i * 23 + 7) * 86_400_000);
    rows.users.push({
      id: userId, practiceId, email: spec.email, name: spec.name, passwordHash,
      roles: spec.roles, createdAt: joined, updatedAt: joined,
    });
    if (spec.roles.includes("INTAKE") || (!intakeUserId && spec.roles.includes("OWNER"))) intakeUserId = userId;
    const c = spec.clinician;
    if (!c) return;
    const id = newId();
    const ids = c.locations.map(locationId);
    rows.clinicians.push({
      id, practiceId, userId,
      discipline: c.discipline, credentials: c.credentials, gender: c.gender, bio: c.bio,
      specialties: c.specialties, modalities: c.modalities, ageGroups: c.ageGroups,
      locationIds: ids, telehealth: c.telehealth, languages: c.languages,
      insurancePanels: c.insurancePanels, couplesYears: c.couplesYears, availability: c.availability,
      acceptingNewClients: c.acceptingNewClients, maxCaseload: c.maxCaseload,
      createdAt: joined, updatedAt: joined,
    });
    clinicians.push({ key: spec.key, id, userId, spec: { ...spec, clinician: c }, locationIds: ids });
  });
  if (!intakeUserId) throw new Error("the staff list needs an intake specialist or an owner");
  return { rows, staff: { practiceId, locationIds, clinicians, intakeUserId } };
}
