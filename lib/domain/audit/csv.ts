// The audit trail as CSV (RFC 4180, spreadsheet-safe: lib/domain/reports/csv.ts). Pure.
import { toCsv, type CsvColumn } from "@/lib/domain/reports/csv";

export interface AuditCsvEvent {
  at: string;
  actorName: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  requestId: string | null;
}

const COLUMNS: CsvColumn<AuditCsvEvent>[] = [
  { header: "When (UTC)", value: (e) => e.at },
  { header: "Who", value: (e) => e.actorName ?? (e.actorId ? "(former staff member)" : "(system)") },
  { header: "User id", value: (e) => e.actorId },
  { header: "Action", value: (e) => e.action },
  { header: "Record type", value: (e) => e.entityType },
  { header: "Record", value: (e) => e.entityId },
  { header: "Outcome", value: (e) => e.outcome },
  { header: "Request id", value: (e) => e.requestId },
];

/** The events, newest first; when the export was cut at its limit, a last line says so. */
export function auditCsv(events: readonly AuditCsvEvent[], truncated: boolean): string {
  const csv = toCsv(COLUMNS, events);
  return truncated ? `${csv}"Only the newest ${events.length} events are listed: choose a shorter period for the rest."\r\n` : csv;
}
