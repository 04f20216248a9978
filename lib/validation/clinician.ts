import { z } from "zod";
import { AGE_GROUPS } from "@/lib/domain/matching/vocabulary";
import { version } from "@/lib/validation/client";
import { id, trimmed } from "@/lib/validation/common";
import { availabilityList, concern, modality } from "@/lib/validation/intake";

/** A list of free words (languages, insurers), without case-insensitive repeats; the first spelling wins. */
const words = (max: number) =>
  z.array(trimmed(80).min(1, "Empty entry.")).max(max).transform((list) => {
    const seen = new Set<string>();
    return list.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
  });

/**
 * PATCH /api/v1/clinicians/{id}: the fields that change. A therapist edits their own profile;
 * `maxCaseload` is the owner's to set (a therapist sending it gets 403).
 */
export const clinicianUpdate = z
  .object({
    credentials: trimmed(200),
    gender: trimmed(40).nullable().transform((v) => v || null),
    bio: trimmed(2000),
    specialties: z.array(concern).max(13).transform((list) => [...new Set(list)]),
    modalities: z.array(modality).max(4).transform((list) => [...new Set(list)]),
    ageGroups: z.array(z.enum(AGE_GROUPS)).max(3).transform((list) => [...new Set(list)]),
    locationIds: z.array(id).max(50).transform((list) => [...new Set(list)]),
    telehealth: z.boolean(),
    languages: words(20),
    insurancePanels: words(40),
    couplesYears: z.number().int().min(0).max(70),
    availability: availabilityList,
    acceptingNewClients: z.boolean(),
    maxCaseload: z.number().int().min(0).max(200),
    version,
  })
  .partial()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), "Send at least one field to change.");
export type ClinicianUpdate = z.infer<typeof clinicianUpdate>;
