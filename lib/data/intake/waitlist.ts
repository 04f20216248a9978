import "server-only";
import type { Actor } from "@/lib/data/actor";
import { audit, auditMany } from "@/lib/data/access/audit";
import { authorize } from "@/lib/data/access/guard";
import { intakeDto, linkedClientIds, withAssignment, type IntakeDto } from "@/lib/data/intake/dto";
import { auditRefusal, lockOpenIntake } from "@/lib/data/intake/lock";
import { db } from "@/lib/db";

/**
 * Nobody fits (yet): the request goes to the waitlist with the reason, and people already on
 * file as inquiries are marked WAITLISTED too. Waitlisting again updates the reason but keeps the
 * date it joined the list (the wait is measured from then).
 */
export async function waitlistIntake(actor: Actor, id: string, reason: string): Promise<IntakeDto> {
  await authorize(actor, "match:run", "IntakeRequest", id);
  try {
    return await db().$transaction(
      async (tx) => {
        await lockOpenIntake(tx, actor.practiceId, id);
        const current = await tx.intakeRequest.findUniqueOrThrow({ where: { id } });
        const linked = linkedClientIds(current).filter((x): x is string => x !== null);
        const inquiries = await tx.client.findMany({ where: { practiceId: actor.practiceId, id: { in: linked }, status: "INQUIRY" }, select: { id: true } });
        const waiting = inquiries.map((c) => c.id);
        await tx.client.updateMany({ where: { practiceId: actor.practiceId, id: { in: waiting } }, data: { status: "WAITLISTED" } });
        await auditMany(tx, actor, waiting.map((entityId) => ({ action: "client.update", entityType: "Client", entityId })));
        const row = await tx.intakeRequest.update({
          where: { id },
          data: { status: "WAITLISTED", waitlistReason: reason, waitlistedAt: current.waitlistedAt ?? new Date() },
          include: withAssignment,
        });
        await audit(tx, actor, { action: "intake.waitlist", entityType: "IntakeRequest", entityId: id });
        return intakeDto(row);
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  } catch (error) {
    return auditRefusal(actor, "intake.waitlist", id, error);
  }
}
