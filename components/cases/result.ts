/** What a case action (discharge, reopen, reassign) answers its form. */
export interface CaseResult {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
}

export const STATUS_LABELS: Record<string, string> = { INQUIRY: "Inquiry", WAITLISTED: "Waitlisted", ACTIVE: "Active", DISCHARGED: "Discharged" };
