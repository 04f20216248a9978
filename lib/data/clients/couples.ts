import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit } from "@/lib/data/access/audit";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { authorize, authorizeOrHide, caseloadFilter } from "@/lib/data/access/guard";
import { coupleDto, type CoupleDto } from "@/lib/data/serialize";
import { db } from "@/lib/db";
import type { ClientStatus } from "@/lib/generated/prisma/enums";
import { toPage, type Page, type PageQuery } from "@/lib/validation/common";

const withPartners = { partnerA: true, partnerB: true } as const;

/** Couples the actor may see, with both partners. */
export async function listCouples(actor: Actor, query: PageQuery & { status?: ClientStatus }): Promise<Page<CoupleDto>> {
  const grant = await authorize(actor, "client:read", "Couple");
  const scope = { practiceId: actor.practiceId, ...caseloadFilter(actor, grant) };
  await assertCursor(query.cursor, (id) => db().couple.count({ where: { id, ...scope } }));
  const rows = await db().couple.findMany({
    where: { ...scope, ...(query.status ? { status: query.status } : {}) },
    include: withPartners,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  await audit(db(), actor, { action: "couple.list", entityType: "Couple" });
  return toPage(rows.map(coupleDto), query.limit);
}

/** One couple with both partners, or NotFoundError. */
export async function getCouple(actor: Actor, id: string): Promise<CoupleDto> {
  const grant = await authorizeOrHide(actor, "client:read", "Couple", id);
  const row = await db().couple.findFirst({
    where: { id, practiceId: actor.practiceId, ...caseloadFilter(actor, grant) },
    include: withPartners,
  });
  if (!row) {
    await audit(db(), actor, { action: "couple.read", entityType: "Couple", entityId: id, outcome: "NOT_FOUND" });
    throw new NotFoundError("Couple");
  }
  await audit(db(), actor, { action: "couple.read", entityType: "Couple", entityId: id });
  return coupleDto(row);
}
