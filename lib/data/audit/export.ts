import "server-only";
import type { Actor } from "@/lib/data/actor";
import { accessWith } from "@/lib/data/access";
import { auditFilters, listAuditEventsIn, type AuditEventDto } from "@/lib/data/audit/trail";

/** The most events one export holds: an answer is always bounded; narrow the dates for more. */
export const EXPORT_MAX_EVENTS = 10_000;
const PAGE = 1_000;

export interface AuditExport {
  events: AuditEventDto[];
  /** More events matched than EXPORT_MAX_EVENTS: the oldest were left out. */
  truncated: boolean;
}

/**
 * The trail as a download, newest first, with the same filters as the page: with `clientId`, the
 * accounting of disclosures of one client (who saw them, when, through which record or list).
 * At most EXPORT_MAX_EVENTS events. OWNER only; the export itself is audited with what it showed.
 */
export async function exportAuditEvents(actor: Actor, raw: unknown): Promise<AuditExport> {
  const rule = { permission: "audit:read", action: "audit.export", entityType: "AuditEvent" } as const;
  const filters = Object.fromEntries(Object.entries(typeof raw === "object" && raw !== null ? raw : {}).filter(([key]) => key !== "cursor" && key !== "limit" && key !== "format"));
  return accessWith(actor, rule, auditFilters, filters, async (ctx, query) => {
    // The export names the client it accounts for, not each of up to 10,000 event ids.
    if (query.clientId) ctx.disclose({ clientIds: [query.clientId] });
    const events: AuditEventDto[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listAuditEventsIn(ctx, { ...query, limit: PAGE, cursor }, { discloseIds: false });
      events.push(...page.data);
      if (!page.nextCursor || events.length >= EXPORT_MAX_EVENTS) {
        const truncated = events.length > EXPORT_MAX_EVENTS || (events.length === EXPORT_MAX_EVENTS && page.nextCursor !== null);
        return { events: events.slice(0, EXPORT_MAX_EVENTS), truncated };
      }
      cursor = page.nextCursor;
    }
  });
}
