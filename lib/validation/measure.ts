import { z } from "zod";
import { answerIssues, INSTRUMENTS } from "@/lib/domain/measures";
import { id, isoDate, pageQuery } from "@/lib/validation/common";

// DESIGN.md "Measures": the body of POST /api/v1/measures, the list query and the payload.

export const instrument = z.enum(INSTRUMENTS);

/** The longest answers array read at all (the longest instrument has 9 items). */
const MAX_ANSWERS = 50;

export const measureCreate = z
  .object({
    clientId: id,
    /** The couple whose work the measure belongs to (the client must be one of its partners). */
    coupleId: id.nullish().transform((v) => v ?? null),
    instrument,
    takenOn: isoDate,
    answers: z.array(z.number().int("Answers are whole numbers.")).max(MAX_ANSWERS, `At most ${MAX_ANSWERS} answers.`),
  })
  .superRefine((value, ctx) => {
    for (const issue of answerIssues(value.instrument, value.answers)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type MeasureCreate = z.infer<typeof measureCreate>;

export const measureListQuery = pageQuery
  .extend({ clientId: id.optional(), coupleId: id.optional() })
  .refine((q) => (q.clientId === undefined) !== (q.coupleId === undefined), { message: "Send clientId or coupleId (one of them).", path: ["clientId"] });
export type MeasureListQuery = z.infer<typeof measureListQuery>;

export const measureDtoSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  coupleId: z.string().nullable(),
  instrument,
  takenOn: isoDate,
  answers: z.array(z.number().int()),
  score: z.number().int(),
  band: z.string(),
  flags: z.array(z.string()),
});
export type MeasureDto = z.infer<typeof measureDtoSchema>;
