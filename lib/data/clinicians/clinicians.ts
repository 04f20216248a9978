import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { activeCaseloads } from "@/lib/data/clients/caseload-counts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageQuery, toPage, type Page } from "@/lib/validation/common";

export const include = { user: { select: { name: true, email: true } } } as const;
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
    version: row.version,
  };
}
export type ClinicianDto = ReturnType<typeof clinicianDto>;

/** Clinician profiles with current caseload and capacity. A therapist's grant is "own": their own profile only. */
export async function listClinicians(actor: Actor, raw: unknown): Promise<Page<ClinicianDto>> {
  const rule = { permission: "clinician:read", action: "clinician.list", entityType: "ClinicianProfile" } as const;
  return accessWith(actor, rule, pageQuery, raw, async ({ tx, scope, disclose }, query) => {
    await assertCursor(query.cursor, (id) => tx.clinicianProfile.count({ where: { AND: [scope.clinician, { id }] } }));
    const rows = await tx.clinicianProfile.findMany({
      where: scope.clinician,
      include,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const counts = await activeCaseloads(tx, actor.practiceId, rows.map((r) => r.id));
    const page = toPage(rows.map((r) => clinicianDto(r, counts.get(r.id) ?? 0)), query.limit);
    disclose({ ids: page.data.map((c) => c.id) });
    return page;
  });
}

/** One clinician profile, or NotFoundError when it does not exist or lies outside the actor's reach. */
export async function getClinician(actor: Actor, id: string): Promise<ClinicianDto> {
  return access(actor, { permission: "clinician:read", action: "clinician.read", entityType: "ClinicianProfile", id }, async ({ tx, scope }) => {
    const row = await tx.clinicianProfile.findFirst({ where: { AND: [scope.clinician, { id }] }, include });
    if (!row) throw new NotFoundError("Clinician");
    const counts = await activeCaseloads(tx, actor.practiceId, [row.id]);
    return clinicianDto(row, counts.get(row.id) ?? 0);
  });
}
