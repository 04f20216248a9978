/** What entering a measure answers the form. */
export interface MeasureResult {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The new measure's id: the form's fields start afresh for the next one. */
  savedId?: string;
  /** The PHQ-9 just entered has its self-harm item above 0: show the safety protocol. */
  selfHarm?: boolean;
}
