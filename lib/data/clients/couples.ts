import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { NotFoundError } from "@/lib/data/errors";
import { coupleDto, type CoupleDto } from "@/lib/data/serialize";
import { coupleListQuery } from "@/lib/validation/client";
import { toPage, type Page } from "@/lib/validation/common";

export const withPartners = { partnerA: true, partnerB: true } as const;

/** Both partners' ids: what a couple's record discloses. */
export const partnerIds = (c: { partnerAId: string; partnerBId: string }) => [c.partnerAId, c.partnerBId];

/** Couples the actor may see, with both partners. */
export async function listCouples(actor: Actor, input: unknown): Promise<Page<CoupleDto>> {
  const rule = { permission: "client:read", action: "couple.list", entityType: "Couple" } as const;
  return accessWith(actor, rule, coupleListQuery, input, async ({ tx, scope, disclose }, query) => {
    await assertCursor(query.cursor, (id) => tx.couple.count({ where: { AND: [scope.couple, { id }] } }));
    const rows = await tx.couple.findMany({
      where: { AND: [scope.couple, query.status ? { status: query.status } : {}] },
      include: withPartners,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const page = toPage(rows, query.limit);
    disclose({ ids: page.data.map((c) => c.id), clientIds: page.data.flatMap(partnerIds) });
    return { data: page.data.map(coupleDto), nextCursor: page.nextCursor };
  });
}

/** One couple with both partners, or NotFoundError. */
export async function getCouple(actor: Actor, id: string): Promise<CoupleDto> {
  return access(actor, { permission: "client:read", action: "couple.read", entityType: "Couple", id }, async ({ tx, scope, disclose }) => {
    const row = await tx.couple.findFirst({ where: { AND: [scope.couple, { id }] }, include: withPartners });
    if (!row) throw new NotFoundError("Couple");
    disclose({ clientIds: partnerIds(row) });
    return coupleDto(row);
  });
}
