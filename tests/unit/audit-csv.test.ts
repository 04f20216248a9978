import { describe, expect, test } from "vitest";
import { auditCsv } from "@/lib/domain/audit/csv";

const event = { at: "2026-12-01T10:00:00.000Z", actorName: "=cmd|' /C calc'!A0", actorId: "u1", action: "client.read", entityType: "Client", entityId: "c1", outcome: "ALLOWED", requestId: null };

describe("auditCsv", () => {
  test("a name that would run as a spreadsheet formula is neutralised", () => {
    const [, line] = auditCsv([event], false).split("\r\n");
    expect(line).toBe(`2026-12-01T10:00:00.000Z,'=cmd|' /C calc'!A0,u1,client.read,Client,c1,ALLOWED,`);
  });

  test("says so in a last line when the export was cut at its limit, and only then", () => {
    expect(auditCsv([event], true).trimEnd().split("\r\n").at(-1)).toContain("Only the newest 1 events are listed");
    expect(auditCsv([event], false).trimEnd().split("\r\n")).toHaveLength(2);
  });

  test("an actor no longer on staff is named as such, an event without one as the system", () => {
    const rows = auditCsv([{ ...event, actorName: null }, { ...event, actorName: null, actorId: null }], false).split("\r\n");
    expect(rows[1]).toContain("(former staff member)");
    expect(rows[2]).toContain("(system)");
  });
});
