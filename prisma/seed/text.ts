// Turns a session's clinical state into note prose, in the sections of the note's format.
import {
  COUPLE_HOMEWORK, COUPLE_INTERVENTIONS, COUPLE_OBJECTIVE, COUPLE_SUBJECTIVE, CONCERN_INTERVENTIONS,
  CONCERN_PHRASES, ENEMY_WORDS, INDIVIDUAL_HOMEWORK, INDIVIDUAL_INTERVENTIONS, INDIVIDUAL_OBJECTIVE,
  INDIVIDUAL_SUBJECTIVE, INFIDELITY_INTERVENTIONS, INTENSITY_WORDS, LEVEL_NAMES, PRIVATE_NOTES, RISK_SUBJECTIVE,
} from "./phrases";
import type { Rng } from "./random";
import type { Concern, NoteFormat } from "./rows";
import type { Phase, SessionState } from "./story";

export type NoteTextInput = {
  format: NoteFormat;
  couple: boolean;
  names: string[];
  concerns: Concern[];
  topic: string;
  state: SessionState;
  cadenceDays: number;
  rng: Rng;
};

export type NoteText = {
  sections: Record<string, string>;
  interventions: string;
  homework: string;
  privateNote: string | null;
};

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}

function affect(s: SessionState): string {
  if (s.phase === "setback") return "tearful and constricted";
  if (s.level <= 2) return "constricted";
  if (s.level <= 4) return "anxious but reactive";
  return "brighter, with a full range";
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const NEXT: Record<Phase, string> = {
  intake: "Next: finish the assessment and agree on goals.",
  early: "Next: map the cycle that keeps the problem going.",
  working: "Next: slow the cycle down and practise staying with feelings.",
  progress: "Next: consolidate gains and practise asking for needs directly.",
  setback: "Next: repair the rupture and address the underlying hurt before any skills work.",
  termination: "Discharged by mutual agreement; the client knows how to return.",
};
const INDIVIDUAL_SETBACK_NEXT = "Next: stabilise, review the safety plan together and rebuild daily routines.";

function cadenceWords(days: number, couple: boolean): string {
  const kind = couple ? "conjoint sessions" : "sessions";
  if (days === 7) return `Continue weekly ${kind}.`;
  if (days === 28) return `Continue monthly ${kind}.`;
  return `Continue ${kind} every ${days === 14 ? "two" : "three"} weeks.`;
}

function assessment(i: NoteTextInput, v: Record<string, string>): string {
  const s = i.state;
  const who = i.couple ? "The couple" : "{N}";
  const parts = [`${who} reached level ${s.level} (${LEVEL_NAMES[s.level]}) in session.`];
  if (s.partnerLevels && s.partnerLevels[0] !== s.partnerLevels[1]) {
    const [a, b] = s.partnerLevels;
    parts.push(`{A} reached level ${a}, {B} level ${b}${Math.abs(a - b) >= 2 ? "; one partner mostly listened while the other shared, so closeness was one-sided" : ""}.`);
  }
  const enemies = s.enemies.map((e) => `${INTENSITY_WORDS[e.intensity]} ${ENEMY_WORDS[e.enemy]}`);
  parts.push(enemies.length ? `Present: ${list(enemies)}.` : i.couple ? "No enemies of intimacy were prominent." : "");
  if (s.ingredients.length) parts.push(`Strengths seen: ${list(s.ingredients.map((x) => x.toLowerCase().replaceAll("_", " ")))}.`);
  if (s.phase === "setback" && i.couple) parts.push("The retreat to safer levels follows the flare of resentment; both are protecting against further hurt.");
  if (s.risk) parts.push("Risk assessed: passive ideation without plan or intent; protective factors present. Low to moderate acute risk.");
  else if (!i.couple && i.rng.chance(0.3)) parts.push("No safety concerns reported.");
  return fill(parts.filter(Boolean).join(" "), v);
}

/** The note's prose for one session, in `format`'s sections. */
export function noteText(i: NoteTextInput): NoteText {
  const { rng, state: s } = i;
  const concern = rng.pick(CONCERN_PHRASES[i.concerns[0] ?? "RELATIONSHIP"] ?? CONCERN_PHRASES.RELATIONSHIP ?? [""]);
  const v: Record<string, string> = {
    A: i.names[0] ?? "", B: i.names[1] ?? "", N: i.names[0] ?? "", X: rng.pick(i.names),
    topic: i.topic, concern, affect: affect(s),
  };
  const subjective = fill(
    s.risk ? RISK_SUBJECTIVE : rng.pick((i.couple ? COUPLE_SUBJECTIVE : INDIVIDUAL_SUBJECTIVE)[s.phase]), v);
  const objective = fill(rng.pick(i.couple ? COUPLE_OBJECTIVE : INDIVIDUAL_OBJECTIVE), v);
  const extra = [
    ...(i.concerns.includes("INFIDELITY") ? INFIDELITY_INTERVENTIONS : []),
    ...i.concerns.flatMap((c) => CONCERN_INTERVENTIONS[c] ?? []),
  ];
  const interventions = [...new Set([
    ...rng.sample(i.couple ? COUPLE_INTERVENTIONS : INDIVIDUAL_INTERVENTIONS, rng.int(1, 2)),
    ...rng.sample(extra, Math.min(extra.length, 1)),
  ])];
  const homework = s.phase === "termination" ? "" : rng.pick(i.couple ? COUPLE_HOMEWORK : INDIVIDUAL_HOMEWORK);
  const plan = s.phase === "termination" ? NEXT.termination : [
    s.risk
      ? "Safety plan reviewed and updated; 988 and the after-hours number given; check-in call within 48 hours; sessions weekly for now."
      : cadenceWords(i.cadenceDays, i.couple),
    homework ? `Homework: ${homework.charAt(0).toLowerCase()}${homework.slice(1)}.` : "",
    s.phase === "setback" && !i.couple ? INDIVIDUAL_SETBACK_NEXT : NEXT[s.phase],
  ].filter(Boolean).join(" ");
  const assess = assessment(i, v);
  const response = i.couple
    ? (s.level >= 4 ? "Both engaged with the exercise." : "Partial engagement; one or both partners stayed guarded.")
    : (s.level >= 4 ? "Receptive and reflective." : "Guarded but willing to try.");

  let sections: Record<string, string>;
  switch (i.format) {
    case "SOAP": sections = { subjective, objective, assessment: assess, plan }; break;
    case "DAP": sections = { data: `${subjective} ${objective}`, assessment: assess, plan }; break;
    case "BIRP": sections = {
      behavior: `${subjective} ${objective}`,
      intervention: `${interventions.join("; ")}.`,
      response: `${response} ${assess}`,
      plan,
    }; break;
    case "FREE": sections = { text: [subjective, objective, assess, plan].join(" ") }; break;
  }
  const privateNote = rng.chance(0.1) ? fill(rng.pick(PRIVATE_NOTES), v) : null;
  return { sections, interventions: interventions.join("; "), homework, privateNote };
}
