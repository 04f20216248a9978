// Service types offered in the editor: the psychotherapy CPT codes a practice like this bills,
// plus the schema's default. Any other stored value is still shown as it is.
export const SERVICE_TYPES: { value: string; label: string }[] = [
  { value: "90791", label: "90791 · Diagnostic evaluation (intake)" },
  { value: "90832", label: "90832 · Psychotherapy, 30 minutes" },
  { value: "90834", label: "90834 · Psychotherapy, 45 minutes" },
  { value: "90837", label: "90837 · Psychotherapy, 60 minutes" },
  { value: "90846", label: "90846 · Couples or family therapy, client not present" },
  { value: "90847", label: "90847 · Couples or family therapy, client present" },
  { value: "PSYCHOTHERAPY", label: "Psychotherapy (no code)" },
];

export function serviceTypeLabel(value: string): string {
  return SERVICE_TYPES.find((s) => s.value === value)?.label ?? value;
}
