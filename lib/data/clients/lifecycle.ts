import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { Access, Tx } from "@/lib/data/access";
import { ForbiddenError, InvalidError } from "@/lib/data/errors";
import { dayToDate, isoDay } from "@/lib/data/serialize";
import { decideMove, todayIn, type CaseStatus } from "@/lib/domain/cases/transitions";
import { LIFECYCLE_KEYS } from "@/lib/validation/client";

// The case lifecycle of a client's or couple's PATCH (DESIGN.md "Case lifecycle and
// concurrency", docs/decisions/0038): status moves, discharge and reopening, reassignment with
// its history. Under permission "case:manage": owners and intake any case, a therapist their own
// (status only: handing a case to a colleague is intake's or the owner's decision).

export type CaseKind = "Client" | "Couple";

export interface LifecycleInput {
  status?: CaseStatus;
  assignedClinicianId?: string | null;
  reason?: string | null;
  dischargeReason?: string | null;
  dischargedOn?: string | null;
}

export interface CaseRow {
  id: string;
  status: string;
  assignedClinicianId: string | null;
  dischargedOn: Date | null;
  dischargeReason: string | null;
}

const keysOf = (raw: unknown) => (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? Object.keys(raw) : []);
const isLifecycleKey = (key: string) => (LIFECYCLE_KEYS as readonly string[]).includes(key);

/** A body that changes nothing but the lifecycle (and names its version) needs only "case:manage". */
export function permissionOf(raw: unknown): Permission {
  const keys = keysOf(raw).filter((k) => k !== "version");
  return keys.length > 0 && keys.every(isLifecycleKey) ? "case:manage" : "client:update";
}

/** The audit action of a PATCH, read before validation: reassignments and discharges are named as such. */
export function actionOf(kind: CaseKind, raw: unknown): string {
  const prefix = kind === "Client" ? "client" : "couple";
  const body = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  if (body.assignedClinicianId !== undefined) return `${prefix}.reassign`;
  if (body.status === "DISCHARGED") return `${prefix}.discharge`;
  if (body.status !== undefined) return `${prefix}.status`;
  return `${prefix}.update`;
}

export interface LifecyclePlan {
  columns: { status?: CaseStatus; dischargedOn?: Date | null; dischargeReason?: string | null; assignedClinicianId?: string };
  /** The history row to write once the update has won (null: no reassignment). */
  assignment: { clinicianId: string; previousClinicianId: string | null; reason: string | null } | null;
}

async function practiceToday(tx: Tx, practiceId: string): Promise<string> {
  const practice = await tx.practice.findFirst({ where: { id: practiceId }, select: { timeZone: true } });
  return todayIn(practice?.timeZone ?? "UTC");
}

/**
 * Checks the lifecycle part of a PATCH against the stored case and returns what to store.
 * 403 for a reassignment without an "any" grant of case:manage, 409 for a move the lifecycle
 * forbids, 400 for a discharge without a reason or a target that is not an active clinician.
 */
export async function planLifecycle(ctx: Access, kind: CaseKind, existing: CaseRow, input: LifecycleInput): Promise<LifecyclePlan> {
  const plan: LifecyclePlan = { columns: {}, assignment: null };
  const touched = LIFECYCLE_KEYS.some((k) => input[k] !== undefined);
  if (!touched) return plan;
  const manage = ctx.scopeOf("case:manage");
  if (!manage) throw new ForbiddenError("Your role does not allow changing a case's status or clinician.");
  const what = kind === "Client" ? "client" : "couple";
  const reassigning = input.assignedClinicianId !== undefined && input.assignedClinicianId !== existing.assignedClinicianId;
  if (reassigning && manage.reach.grant !== "any") throw new ForbiddenError(`Only intake or the practice owner may reassign a ${what} to another clinician.`);
  await moveStatus(ctx, existing, input, plan);
  if (reassigning) {
    const target = input.assignedClinicianId;
    const issue = (message: string) => new InvalidError(message, [{ path: ["assignedClinicianId"], message }]);
    if (!target) throw issue(`Choose a clinician: a ${what} cannot be left without one once assigned.`);
    const active = await ctx.tx.clinicianProfile.findFirst({ where: { id: target, practiceId: ctx.actor.practiceId, user: { active: true } }, select: { id: true } });
    if (!active) throw issue("Not an active clinician of this practice.");
    plan.columns.assignedClinicianId = target;
    plan.assignment = { clinicianId: target, previousClinicianId: existing.assignedClinicianId, reason: input.reason ?? null };
  }
  return plan;
}

async function moveStatus(ctx: Access, existing: CaseRow, input: LifecycleInput, plan: LifecyclePlan): Promise<void> {
  const from = existing.status as CaseStatus;
  const to = input.status ?? from;
  const dischargeSent = input.dischargeReason != null || input.dischargedOn != null;
  if (input.status === undefined && !dischargeSent) return;
  if (to !== "DISCHARGED" && dischargeSent) {
    throw new InvalidError("Only a discharge takes a reason and a date.", [{ path: ["dischargeReason"], message: "Only a discharge takes a reason and a date." }]);
  }
  const today = await practiceToday(ctx.tx, ctx.actor.practiceId);
  // Correcting a discharge already recorded: what is not sent stays as it was.
  const editing = from === "DISCHARGED" && to === "DISCHARGED" && dischargeSent;
  const outcome = editing
    ? decideMove("ACTIVE", {
        to,
        dischargeReason: input.dischargeReason ?? existing.dischargeReason,
        dischargedOn: input.dischargedOn ?? (existing.dischargedOn ? isoDay(existing.dischargedOn) : null),
      }, today)
    : decideMove(from, { to, dischargeReason: input.dischargeReason, dischargedOn: input.dischargedOn }, today);
  if (!outcome.ok) {
    if (outcome.kind === "invalid") throw new InvalidError(outcome.message, [{ path: [outcome.path], message: outcome.message }]);
    throw new MoveRefused(outcome.message);
  }
  if (!outcome.change) return;
  plan.columns.status = outcome.change.status;
  plan.columns.dischargedOn = outcome.change.dischargedOn ? dayToDate(outcome.change.dischargedOn) : null;
  plan.columns.dischargeReason = outcome.change.dischargeReason;
}

/** A status move the lifecycle forbids: the caller turns it into a 409 with the current record. */
export class MoveRefused extends Error {}

/** Writes the reassignment's history row (source REASSIGN, by the acting user). */
export async function recordAssignment(ctx: Access, ref: { clientId: string } | { coupleId: string }, plan: LifecyclePlan): Promise<void> {
  if (!plan.assignment) return;
  await ctx.tx.caseAssignment.create({
    data: { practiceId: ctx.actor.practiceId, ...ref, ...plan.assignment, assignedById: ctx.actor.id, source: "REASSIGN" },
  });
}
