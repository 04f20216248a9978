// Scoring of DESIGN.md "Measures", pure: the score is the sum of the answers, the band its
// published cut-offs, and a PHQ-9 whose item 9 is above 0 carries the flag SELF_HARM_ITEM.
import { DEFINITIONS, type Instrument } from "./instruments";

export const SELF_HARM_ITEM = "SELF_HARM_ITEM";

export interface Scored {
  score: number;
  band: string;
  flags: string[];
}

export interface AnswerIssue {
  path: (string | number)[];
  message: string;
}

/** Upper bounds (inclusive) of each band, lowest first. */
const BANDS: Record<"PHQ9" | "GAD7", readonly [number, string][]> = {
  PHQ9: [[4, "minimal"], [9, "mild"], [14, "moderate"], [19, "moderately severe"], [27, "severe"]],
  GAD7: [[4, "minimal"], [9, "mild"], [14, "moderate"], [21, "severe"]],
};

/** CSI-4: below 13.5 is "distressed" (the published cut-off). */
export const CSI4_CUTOFF = 13.5;

/** What is wrong with `answers` for `instrument` (count, whole numbers, range), each issue under `answers`. */
export function answerIssues(instrument: Instrument, answers: readonly unknown[]): AnswerIssue[] {
  const items = DEFINITIONS[instrument].items;
  if (answers.length !== items.length) {
    return [{ path: ["answers"], message: `${DEFINITIONS[instrument].name} needs exactly ${items.length} answers (got ${answers.length}).` }];
  }
  const issues: AnswerIssue[] = [];
  answers.forEach((answer, i) => {
    const max = items[i]!.max;
    if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer > max) {
      issues.push({ path: ["answers", i], message: `Item ${i + 1} takes a whole number from 0 to ${max}.` });
    }
  });
  return issues;
}

/** The band of a score. */
export function bandOf(instrument: Instrument, score: number): string {
  if (instrument === "CSI4") return score < CSI4_CUTOFF ? "distressed" : "not distressed";
  const band = BANDS[instrument].find(([upper]) => score <= upper);
  if (!band) throw new RangeError(`Score ${score} is above the ${instrument} range.`);
  return band[1];
}

/** Score, band and flags of valid answers; throws RangeError on answers that `answerIssues` refuses. */
export function scoreMeasure(instrument: Instrument, answers: readonly number[]): Scored {
  const issues = answerIssues(instrument, answers);
  if (issues.length > 0) throw new RangeError(issues[0]!.message);
  const score = answers.reduce((sum, answer) => sum + answer, 0);
  const flags = instrument === "PHQ9" && answers[8]! > 0 ? [SELF_HARM_ITEM] : [];
  return { score, band: bandOf(instrument, score), flags };
}
