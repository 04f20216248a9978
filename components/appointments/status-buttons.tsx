"use client";

import { useActionState } from "react";
import { changeStatusAction, type StatusResult } from "@/app/(app)/appointments/actions";
import type { AppointmentStatus } from "@/lib/domain/appointments/status";

const BUTTONS: Record<Exclude<AppointmentStatus, "SCHEDULED">, string> = {
  ATTENDED: "Attended",
  NO_SHOW: "No-show",
  CANCELLED: "Cancel",
  LATE_CANCELLED: "Late cancel",
};

/** The status moves an appointment allows now, as buttons of one form; the outcome in words. */
export function StatusButtons({ id, version, next, who }: { id: string; version: number; next: AppointmentStatus[]; who: string }) {
  const [result, action, pending] = useActionState<StatusResult, FormData>(changeStatusAction, {});
  const moves = next.filter((s): s is keyof typeof BUTTONS => s !== "SCHEDULED");
  const failed = result && "error" in result ? result.error : null;
  const said = failed ?? (result && "message" in result ? result.message : null);
  // After the last move the buttons go, but what it did stays said (in the same live region).
  if (moves.length === 0 && !said) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={`Status of the appointment with ${who}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {moves.map((status) => (
        <button key={status} type="submit" name="status" value={status} disabled={pending}
          className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 focus:outline-2 focus:outline-brand-600 disabled:opacity-50">
          {BUTTONS[status]}<span className="sr-only"> ({who})</span>
        </button>
      ))}
      <span aria-live="polite" className={`text-xs ${failed ? "text-red-700" : "text-slate-600"}`}>
        {said ?? ""}
      </span>
    </form>
  );
}
