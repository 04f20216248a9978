import "server-only";
import type { Actor } from "@/lib/data/actor";
import { access, allows } from "@/lib/data/access";
import { measureDto } from "@/lib/data/measures/measures";
import { todayIn } from "@/lib/domain/measures";
import type { MeasureDto } from "@/lib/validation/measure";

// What the "Measures" section of a client's or a couple's page shows (components/measures):
// the scores of the case the actor treats now, the people a measure may be entered for, and the
// practice's safety protocol for a PHQ-9 whose self-harm item was answered above 0.

/** How many measures the section lists (newest first); the API pages through all of them. */
export const SECTION_LIMIT = 60;

export type MeasureTarget = { clientId: string } | { coupleId: string };

export interface MeasureSection {
  measures: MeasureDto[];
  /** The clients a measure may be entered for here (empty: the actor does not treat this case). */
  people: { id: string; name: string }[];
  /** Names of every client a listed measure concerns, by id. */
  names: Record<string, string>;
  canWrite: boolean;
  safetyProtocol: string;
  /** Today in the practice's time zone: the latest date a measure may be taken on. */
  today: string;
}

const full = (p: { id: string; firstName: string; lastName: string }) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` });
const person = { select: { id: true, firstName: true, lastName: true } } as const;

/** The section's data, or null when the actor's roles never read measures (intake). */
export async function loadMeasureSection(actor: Actor, target: MeasureTarget, now: Date = new Date()): Promise<MeasureSection | null> {
  if (!allows(actor, "measure:read")) return null;
  const rule = { permission: "measure:read", action: "measure.list", entityType: "Measure" } as const;
  return access(actor, rule, async ({ tx, scope, disclose }) => {
    let people: { id: string; name: string }[];
    if ("coupleId" in target) {
      const couple = await tx.couple.findFirst({ where: { AND: [scope.couple, { id: target.coupleId }] }, select: { partnerA: person, partnerB: person } });
      people = couple ? [full(couple.partnerA), full(couple.partnerB)] : [];
    } else {
      const client = await tx.client.findFirst({ where: { AND: [scope.client, { id: target.clientId }] }, ...person });
      people = client ? [full(client)] : [];
    }
    const rows = await tx.measure.findMany({
      where: { AND: [scope.measure, "coupleId" in target ? { coupleId: target.coupleId } : { clientId: target.clientId }] },
      orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: SECTION_LIMIT,
      include: { client: person },
    });
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { safetyProtocol: true, timeZone: true } });
    const measures = rows.map(measureDto);
    disclose({ ids: measures.map((m) => m.id), clientIds: measures.map((m) => m.clientId) });
    return {
      measures,
      people,
      names: Object.fromEntries([...rows.map((r) => [r.clientId, full(r.client).name]), ...people.map((p) => [p.id, p.name])]),
      canWrite: people.length > 0 && allows(actor, "measure:write"),
      safetyProtocol: practice.safetyProtocol,
      today: todayIn(practice.timeZone, now),
    };
  });
}
