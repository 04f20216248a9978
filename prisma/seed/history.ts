// The assignment history of the demo cases (GET /clients/{id}/assignments): each matched intake
// request starts its case's history with a MATCH row, exactly as assigning does in the app; an
// older case (from before intake was recorded here) starts with its assignment by the owner.
import { emptyRows, type Rows } from "./rows";

export function buildHistory(all: Rows): Rows {
  const rows = emptyRows();
  const intakes = new Map(all.intakes.map((i) => [i.id, i]));
  for (const a of all.assignments) {
    const intake = intakes.get(a.intakeRequestId);
    if (!intake) continue;
    const clientIds = (intake.clientIds ?? []) as string[];
    const coupleId = intake.coupleId ?? null;
    if (!coupleId && clientIds.length === 0) continue;
    rows.caseAssignments.push({
      id: `ca_${a.id}`, practiceId: a.practiceId, clientId: coupleId ? null : clientIds[0]!, coupleId,
      clinicianId: a.clinicianId, previousClinicianId: null, assignedById: a.assignedById,
      assignedAt: a.createdAt ?? new Date(0), reason: a.note || null, source: "MATCH",
    });
  }
  const started = new Set(rows.caseAssignments.map((r) => r.coupleId ?? r.clientId));
  const owners = new Map(all.users.filter((u) => (u.roles as string[]).includes("OWNER")).map((u) => [u.practiceId as string, u.id as string]));
  const cases = [
    ...all.couples.map((c) => ({ clientId: null, coupleId: c.id!, row: c })),
    ...all.clients.map((c) => ({ clientId: c.id!, coupleId: null, row: c })),
  ];
  for (const { clientId, coupleId, row } of cases) {
    const practiceId = row.practiceId as string;
    const clinicianId = row.assignedClinicianId as string | null | undefined;
    const owner = owners.get(practiceId);
    if (!clinicianId || !owner || started.has(coupleId ?? clientId)) continue;
    rows.caseAssignments.push({
      id: `ca_${coupleId ?? clientId}`, practiceId, clientId, coupleId, clinicianId,
      previousClinicianId: null, assignedById: owner, assignedAt: (row.createdAt as Date | undefined) ?? new Date(0), reason: null, source: "MATCH",
    });
  }
  return rows;
}
