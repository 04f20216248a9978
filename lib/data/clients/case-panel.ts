import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { access } from "@/lib/data/access";
import { historyOf, visibleCase, type AssignmentEntry } from "@/lib/data/clients/assignments";
import { NotFoundError } from "@/lib/data/errors";
import { todayIn } from "@/lib/domain/cases/transitions";

export interface CasePanel {
  history: AssignmentEntry[];
  /** May the actor discharge and reopen (case:manage)? */
  canManage: boolean;
  /** Active clinicians of the practice to reassign to; null when the actor may not reassign. */
  clinicians: { id: string; name: string }[] | null;
  /** Today in the practice's time zone: the latest discharge date. */
  today: string;
}

/** What the "Case" panel of a client's or couple's page shows, in one audited read. */
export async function loadCasePanel(actor: Actor, ref: { clientId: string } | { coupleId: string }): Promise<CasePanel> {
  const [entityType, id] = "clientId" in ref ? (["Client", ref.clientId] as const) : (["Couple", ref.coupleId] as const);
  const action = entityType === "Client" ? "client.assignments" : "couple.assignments";
  return access(actor, { permission: "client:read", action, entityType, id }, async (ctx) => {
    const clientIds = await visibleCase(ctx, ref);
    if (!clientIds) throw new NotFoundError(entityType);
    const history = await historyOf(ctx.tx, actor.practiceId, ref);
    const practice = await ctx.tx.practice.findFirst({ where: { id: actor.practiceId }, select: { timeZone: true } });
    const reassigns = can(actor, "case:manage") === "any";
    const clinicians = reassigns
      ? (await ctx.tx.clinicianProfile.findMany({
          where: { practiceId: actor.practiceId, user: { active: true } },
          select: { id: true, user: { select: { name: true } } },
          orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
          take: 500,
        })).map((c) => ({ id: c.id, name: c.user.name }))
      : null;
    ctx.disclose({ ids: [id], clientIds });
    return { history, canManage: can(actor, "case:manage") !== null, clinicians, today: todayIn(practice?.timeZone ?? "UTC") };
  });
}
