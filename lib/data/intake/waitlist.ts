import "server-only";
import type { Access } from "@/lib/data/access";
import { NotFoundError } from "@/lib/data/errors";
import { intakeDto, linkedClientIds, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { lockOpenIntake } from "@/lib/data/intake/lock";

/**
 * Inside assignIntake's transaction. Nobody fits (yet): the request goes to the waitlist with
 * the reason, and people already on file as inquiries are marked WAITLISTED too. Waitlisting
 * again updates the reason but keeps the date it joined the list (the wait is measured from then).
 */
export async function waitlistIn({ tx, actor, scope, disclose, record }: Access, id: string, reason: string): Promise<IntakeDto> {
  const { practiceId } = actor;
  await lockOpenIntake(tx, practiceId, id);
  const current = await tx.intakeRequest.findFirst({ where: { AND: [await scope.intake(tx), { id }] } });
  if (!current) throw new NotFoundError("Intake request");
  const linked = linkedClientIds(current).filter((x): x is string => x !== null);
  const inquiries = await tx.client.findMany({ where: { practiceId, id: { in: linked }, status: "INQUIRY" }, select: { id: true } });
  const waiting = inquiries.map((c) => c.id);
  await tx.client.updateMany({ where: { practiceId, id: { in: waiting } }, data: { status: "WAITLISTED" } });
  for (const entityId of waiting) record({ action: "client.update", entityType: "Client", entityId, clientIds: [entityId] });
  const row = await tx.intakeRequest.update({
    where: { id },
    data: { status: "WAITLISTED", waitlistReason: reason, waitlistedAt: current.waitlistedAt ?? new Date() },
    include: withAssignment,
  });
  disclose({ ids: [id], clientIds: linked });
  return intakeDto(row);
}
