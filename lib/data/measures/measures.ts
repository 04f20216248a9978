import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, accessWith, type Access } from "@/lib/data/access";
import { assertCursor } from "@/lib/data/access/cursor";
import { InvalidError, NotFoundError } from "@/lib/data/errors";
import { dayToDate, isoDay } from "@/lib/data/serialize";
import { dayNumber, fromDayNumber } from "@/lib/domain/calendar";
import { scoreMeasure, todayIn } from "@/lib/domain/measures";
import { toPage, type Page } from "@/lib/validation/common";
import { measureCreate, measureListQuery, type MeasureDto } from "@/lib/validation/measure";

// DESIGN.md "Measures": access is that of notes (lib/data/access/scopes.ts, scope.measure): the
// treating clinician of the client, or of the couple for a couple's measure; intake never.

/** How far back a measure may be entered: older dates are typos, not charts. */
export const OLDEST_YEARS = 10;

interface MeasureRow {
  id: string;
  clientId: string;
  coupleId: string | null;
  instrument: MeasureDto["instrument"];
  takenOn: Date;
  answers: number[];
  score: number;
  band: string;
  flags: string[];
}

export function measureDto(row: MeasureRow): MeasureDto {
  return {
    id: row.id, clientId: row.clientId, coupleId: row.coupleId, instrument: row.instrument, takenOn: isoDay(row.takenOn),
    answers: row.answers, score: row.score, band: row.band, flags: row.flags,
  };
}

const NEWEST_FIRST = [{ takenOn: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];

/** The measures of one client (or one couple) the actor treats now, newest first. */
export async function listMeasures(actor: Actor, input: unknown): Promise<Page<MeasureDto>> {
  const rule = { permission: "measure:read", action: "measure.list", entityType: "Measure" } as const;
  return accessWith(actor, rule, measureListQuery, input, async ({ tx, scope, disclose }, query) => {
    const of = query.coupleId ? { coupleId: query.coupleId } : { clientId: query.clientId };
    await assertCursor(query.cursor, (id) => tx.measure.count({ where: { AND: [scope.measure, of, { id }] } }));
    const rows = await tx.measure.findMany({
      where: { AND: [scope.measure, of] },
      orderBy: NEWEST_FIRST,
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const page = toPage(rows.map(measureDto), query.limit);
    disclose({ ids: page.data.map((m) => m.id), clientIds: page.data.map((m) => m.clientId) });
    return page;
  });
}

/** One measure, or NotFoundError when it does not exist or lies outside the actor's cases. */
export async function getMeasure(actor: Actor, id: string): Promise<MeasureDto> {
  return access(actor, { permission: "measure:read", action: "measure.read", entityType: "Measure", id }, async ({ tx, scope, disclose }) => {
    const row = await tx.measure.findFirst({ where: { AND: [scope.measure, { id }] } });
    if (!row) throw new NotFoundError("Measure");
    disclose({ clientIds: [row.clientId] });
    return measureDto(row);
  });
}

/** The client (and couple) a new measure may be entered for: treated by the actor now. */
async function assertTreated({ tx, scope }: Access, clientId: string, coupleId: string | null): Promise<void> {
  if (coupleId) {
    const couple = await tx.couple.findFirst({ where: { AND: [scope.couple, { id: coupleId }] }, select: { partnerAId: true, partnerBId: true } });
    if (!couple) throw new NotFoundError("Couple");
    if (couple.partnerAId !== clientId && couple.partnerBId !== clientId) {
      throw new InvalidError("The client is not a partner of this couple.", [{ path: ["coupleId"], message: "The client is not a partner of this couple." }]);
    }
    return;
  }
  const client = await tx.client.findFirst({ where: { AND: [scope.client, { id: clientId }] }, select: { id: true } });
  if (!client) throw new NotFoundError("Client");
}

/** Enters a measure: scored here, never trusted from the caller. */
export async function createMeasure(actor: Actor, raw: unknown, now: Date = new Date()): Promise<MeasureDto> {
  const rule = { permission: "measure:write", action: "measure.create", entityType: "Measure" } as const;
  return accessWith(actor, rule, measureCreate, raw, async (ctx, input) => {
    await assertTreated(ctx, input.clientId, input.coupleId);
    const practice = await ctx.tx.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { timeZone: true } });
    const today = todayIn(practice.timeZone, now);
    const oldest = fromDayNumber(dayNumber(today) - Math.round(OLDEST_YEARS * 365.25));
    if (input.takenOn > today) throw new InvalidError("A measure cannot be taken in the future.", [{ path: ["takenOn"], message: `Use ${today} or earlier.` }]);
    if (input.takenOn < oldest) throw new InvalidError("That date is too far back.", [{ path: ["takenOn"], message: `Use ${oldest} or later.` }]);
    const scored = scoreMeasure(input.instrument, input.answers);
    const row = await ctx.tx.measure.create({
      data: {
        practiceId: actor.practiceId, clientId: input.clientId, coupleId: input.coupleId, instrument: input.instrument,
        takenOn: dayToDate(input.takenOn), answers: input.answers, ...scored, enteredById: actor.id,
      },
    });
    ctx.subject(row.id);
    ctx.disclose({ clientIds: [row.clientId] });
    return measureDto(row);
  });
}
