"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { actionFailure, actionId, type ActionFailure } from "@/lib/actions/safe-action";
import { updateAppointment } from "@/lib/data/appointments/update";
import { label } from "@/lib/domain/appointments/status";
import { appointmentStatus } from "@/lib/validation/appointment";

export type StatusResult = { ok?: true; message?: string } | ActionFailure;

const form = z.object({ version: z.coerce.number().int().min(1), status: appointmentStatus });

/** Marks an appointment attended, a no-show, cancelled or late-cancelled, from the week page. */
export async function changeStatusAction(_prev: StatusResult, data: FormData): Promise<StatusResult> {
  try {
    const actor = await requireUser();
    const id = actionId(data.get("id"), "Appointment");
    const input = form.parse({ version: data.get("version"), status: data.get("status") });
    const saved = await updateAppointment(actor, id, input);
    revalidatePath("/appointments");
    return { ok: true, message: `Marked ${label(saved.status)}.` };
  } catch (error) {
    return actionFailure(error);
  }
}
