import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, type Access } from "@/lib/data/access";
import { linkedClientIds } from "@/lib/data/intake/dto";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { intakeContactCreate, type IntakeContactDto } from "@/lib/validation/intake-contact";

/** The most contacts one request's log shows (a request is worked for weeks, not years). */
const MAX_CONTACTS = 200;

const entityType = "IntakeRequest";

type ContactRow = { id: string; kind: IntakeContactDto["kind"]; outcome: string; note: string; at: Date; createdById: string };

const toDto = (r: ContactRow): IntakeContactDto => ({ id: r.id, kind: r.kind, outcome: r.outcome, note: r.note, at: r.at.toISOString(), createdById: r.createdById });

/** The request as the actor sees it, or 404: an invisible request and a missing one look alike. */
async function visibleRequest({ tx, scope }: Access, intakeId: string) {
  const request = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id: intakeId }] }, select: { id: true, people: true, clientIds: true } });
  if (!request) throw new NotFoundError("Intake request");
  return request;
}

async function readLog(actor: Actor, intakeId: string, withZone: boolean): Promise<{ data: IntakeContactDto[]; timeZone: string }> {
  const rule = { permission: "intake:read", action: "intake.contact.list", entityType, id: intakeId } as const;
  return access(actor, rule, async (ctx) => {
    const request = await visibleRequest(ctx, intakeId);
    const rows = await ctx.tx.intakeContact.findMany({
      where: { practiceId: actor.practiceId, intakeRequestId: request.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: MAX_CONTACTS,
    });
    const practice = withZone ? await ctx.tx.practice.findFirstOrThrow({ where: { id: actor.practiceId }, select: { timeZone: true } }) : { timeZone: "UTC" };
    ctx.disclose({ ids: [request.id, ...rows.map((r) => r.id)], clientIds: linkedClientIds(request) });
    return { data: rows.map(toDto), timeZone: practice.timeZone };
  });
}

/**
 * The contact log of one intake request, newest first: whoever may read the request (a
 * therapist only while it is their caseload's) reads its log; audited with the request and its clients.
 */
export async function listIntakeContacts(actor: Actor, intakeId: string): Promise<{ data: IntakeContactDto[] }> {
  const { data } = await readLog(actor, intakeId, false);
  return { data };
}

/** The same log for the request's page, with the practice's time zone to show the times in. */
export async function getContactLog(actor: Actor, intakeId: string): Promise<{ data: IntakeContactDto[]; timeZone: string }> {
  return readLog(actor, intakeId, true);
}

/**
 * Logs a call, message, email or voicemail on a request (where the safety protocol's "document
 * the call" goes). Who may see the request but not work it (a therapist) is told 403; who may
 * not see it, 404; only then is the input checked (400).
 */
export async function addIntakeContact(actor: Actor, intakeId: string, input: unknown): Promise<IntakeContactDto> {
  const rule = { permission: "intake:read", action: "intake.contact.create", entityType, id: intakeId } as const;
  return access(actor, rule, async (ctx) => {
    const request = await visibleRequest(ctx, intakeId);
    if (!ctx.scopeOf("intake:update")) throw new ForbiddenError();
    const body = intakeContactCreate.parse(input);
    const row = await ctx.tx.intakeContact.create({
      data: { practiceId: actor.practiceId, intakeRequestId: request.id, kind: body.kind, outcome: body.outcome, note: body.note, at: body.at ?? new Date(), createdById: actor.id },
    });
    ctx.record({ action: "intake.contact.create", entityType: "IntakeContact", entityId: row.id, clientIds: linkedClientIds(request) });
    ctx.disclose({ ids: [request.id], clientIds: linkedClientIds(request) });
    return toDto(row);
  });
}
