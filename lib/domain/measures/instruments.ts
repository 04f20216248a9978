// The three instruments of DESIGN.md "Measures": how many answers, the range of each, and short
// item labels in our own words (PHQ-9 and GAD-7 are public domain; CSI-4 is free for use, and
// only short descriptions of its items are given here, never its wording).

export const INSTRUMENTS = ["PHQ9", "GAD7", "CSI4"] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface Item {
  /** A short description of what the item asks about. */
  label: string;
  /** The highest answer (the lowest is always 0). */
  max: number;
  /** Words for each answer from 0 to max (or for the two ends only, when the scale is numeric). */
  anchors: readonly string[];
}

export interface InstrumentDef {
  code: Instrument;
  name: string;
  /** What it measures, in plain words. */
  about: string;
  /** The period the answers describe. */
  period: string;
  items: readonly Item[];
}

const FREQUENCY = ["Not at all", "Several days", "More than half the days", "Nearly every day"] as const;
const frequency = (label: string): Item => ({ label, max: 3, anchors: FREQUENCY });
const degree = (label: string): Item => ({ label, max: 5, anchors: ["0 = not at all", "5 = completely"] });

export const DEFINITIONS: Record<Instrument, InstrumentDef> = {
  PHQ9: {
    code: "PHQ9",
    name: "PHQ-9",
    about: "Depression symptoms",
    period: "Over the last two weeks",
    items: [
      frequency("Little interest or pleasure in things"),
      frequency("Feeling low or hopeless"),
      frequency("Sleep trouble, or sleeping too much"),
      frequency("Tiredness or low energy"),
      frequency("Poor appetite or overeating"),
      frequency("Feeling bad about oneself"),
      frequency("Trouble concentrating"),
      frequency("Slowed down, or restless"),
      frequency("Thoughts of self-harm or of being better off dead"),
    ],
  },
  GAD7: {
    code: "GAD7",
    name: "GAD-7",
    about: "Anxiety symptoms",
    period: "Over the last two weeks",
    items: [
      frequency("Nervous, anxious or on edge"),
      frequency("Unable to stop or control worry"),
      frequency("Worrying too much about many things"),
      frequency("Trouble relaxing"),
      frequency("So restless it is hard to sit still"),
      frequency("Easily annoyed or irritable"),
      frequency("Afraid something awful might happen"),
    ],
  },
  CSI4: {
    code: "CSI4",
    name: "CSI-4",
    about: "Relationship satisfaction",
    period: "The relationship now",
    items: [
      { label: "Happiness with the relationship, all things considered", max: 6, anchors: ["0 = very unhappy", "6 = perfectly happy"] },
      degree("Warmth and comfort with the partner"),
      degree("How rewarding the relationship is"),
      degree("Overall satisfaction with the relationship"),
    ],
  },
};

/** The highest score an instrument allows (the sum of its items' maxima). */
export function maxScore(instrument: Instrument): number {
  return DEFINITIONS[instrument].items.reduce((sum, item) => sum + item.max, 0);
}
