import type { ContactKind } from "@/lib/validation/intake-contact";

/** A contact's kind in words. */
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = { CALL: "Phone call", MESSAGE: "Text message", EMAIL: "Email", VOICEMAIL: "Voicemail" };
