import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { authorize, authorizeOrHide } from "@/lib/data/access/guard";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page, type PageQuery } from "@/lib/validation/common";

const include = { user: { select: { name: true, email: true } } } as const;
type Row = Prisma.ClinicianProfileGetPayload<{ include: typeof include }>;

export interface Availability {
  weekday: number;
  from: string;
  to: string;
}

export function clinicianDto(row: Row, activeCaseload: number) {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    discipline: row.discipline,
    credentials: row.credentials,
    gender: row.gender,
    bio: row.bio,
    specialties: row.specialties,
    modalities: row.modalities,
    ageGroups: row.ageGroups,
    locationIds: row.locationIds,
    telehealth: row.telehealth,
    languages: row.languages,
    insurancePanels: row.insurancePanels,
    couplesYears: row.couplesYears,
    availability: row.availability as unknown as Availability[],
    acceptingNewClients: row.acceptingNewClients,
    maxCaseload: row.maxCaseload,
    activeCaseload,
  };
}
export type ClinicianDto = ReturnType<typeof clinicianDto>;

/** A therapist's grant is "own": they see their own profile only. */
function scope(actor: Actor, grant: "any" | "own") {
  return grant === "any" ? {} : { userId: actor.id };
}

/** Clinician profiles with current caseload and capacity. */
export async function listClinicians(actor: Actor, query: PageQuery): Promise<Page<ClinicianDto>> {
  const grant = await authorize(actor, "clinician:read", "ClinicianProfile");
  const where = { practiceId: actor.practiceId, ...scope(actor, grant) };
  await assertCursor(query.cursor, (id) => db().clinicianProfile.count({ where: { id, ...where } }));
  const rows = await db().clinicianProfile.findMany({
    where,
    include,
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const counts = await activeCaseloads(actor.practiceId, rows.map((r) => r.id));
  await audit(db(), actor, { action: "clinician.list", entityType: "ClinicianProfile" });
  return toPage(rows.map((r) => clinicianDto(r, counts.get(r.id) ?? 0)), query.limit);
}

export async function getClinician(actor: Actor, id: string): Promise<ClinicianDto> {
  const grant = await authorizeOrHide(actor, "clinician:read", "ClinicianProfile", id);
  const row = await db().clinicianProfile.findFirst({ where: { id, practiceId: actor.practiceId, ...scope(actor, grant) }, include });
  if (!row) throw new NotFoundError("Clinician");
  const counts = await activeCaseloads(actor.practiceId, [row.id]);
  await audit(db(), actor, { action: "clinician.read", entityType: "ClinicianProfile", entityId: id });
  return clinicianDto(row, counts.get(row.id) ?? 0);
}
