"use server";

import { revalidatePath } from "next/cache";
import type { MeasureResult } from "@/components/measures/result";
import { actionFailure } from "@/lib/actions/safe-action";
import { requireUser } from "@/lib/auth/session";
import { createMeasure } from "@/lib/data/measures/measures";
import { DEFINITIONS, INSTRUMENTS, SELF_HARM_ITEM, type Instrument } from "@/lib/domain/measures";

// The entry form of components/measures: lib/data checks who may enter, and scores.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export async function enterMeasureAction(_: MeasureResult, form: FormData): Promise<MeasureResult> {
  try {
    const actor = await requireUser();
    const instrument = text(form, "instrument");
    const known = INSTRUMENTS.includes(instrument as Instrument) ? DEFINITIONS[instrument as Instrument] : null;
    const answers = (known?.items ?? []).map((_, i) => text(form, `answer-${i}`));
    const missing = Object.fromEntries(answers.flatMap((a, i) => (a === undefined ? [[`answers.${i}`, `Choose an answer for item ${i + 1}.`]] : [])));
    if (Object.keys(missing).length > 0) return { ok: false, message: "Answer every item first.", fieldErrors: missing };
    const measure = await createMeasure(actor, {
      clientId: text(form, "clientId"),
      coupleId: text(form, "coupleId") ?? null,
      instrument,
      takenOn: text(form, "takenOn"),
      answers: answers.map(Number),
    });
    const path = measure.coupleId ? `/couples/${measure.coupleId}` : `/clients/${measure.clientId}`;
    revalidatePath(path);
    const selfHarm = measure.flags.includes(SELF_HARM_ITEM);
    const name = known?.name ?? measure.instrument;
    return { ok: true, savedId: measure.id, selfHarm, message: `${name} saved: score ${measure.score}, ${measure.band}.` };
  } catch (error) {
    const failure = actionFailure(error);
    return { ok: false, message: failure.error, fieldErrors: failure.fieldErrors };
  }
}
