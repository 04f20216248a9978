import { z } from "zod";
import { clientCreate, clientStatus, lifecycleFields, version } from "@/lib/validation/client";
import { id, trimmed } from "@/lib/validation/common";

export const secretsPolicy = z.enum(["NO_SECRETS", "LIMITED_SECRETS"]);

/** A partner: an existing client of the practice (`{ clientId }`) or a new person's details. */
const partner = z.union([
  z.object({ clientId: id }),
  clientCreate.pick({ firstName: true, lastName: true, dateOfBirth: true, email: true, phone: true, pronouns: true }),
]);

const coupleFields = {
  relationshipStatus: trimmed(80),
  status: clientStatus,
  secretsPolicy,
  assignedClinicianId: id.nullable(),
  locationId: id.nullable(),
};

/**
 * POST /api/v1/couples: two partners, either `partners: [p, p]` (each an existing `{ clientId }`
 * or a new person's details) or `partnerIds: [id, id]`. `practiceId` is never read.
 */
export const coupleCreate = z
  .object({
    partners: z.tuple([partner, partner]).optional(),
    partnerIds: z.tuple([id, id]).optional(),
    ...coupleFields,
  })
  .partial({ relationshipStatus: true, status: true, secretsPolicy: true, assignedClinicianId: true, locationId: true })
  .superRefine((v, ctx) => {
    if (!!v.partners === !!v.partnerIds) ctx.addIssue({ code: "custom", path: ["partners"], message: "Send either partners (two) or partnerIds (two)." });
  });
export type CoupleCreate = z.infer<typeof coupleCreate>;

export const coupleUpdate = z
  .object(coupleFields)
  .partial()
  .extend({ version: version.optional(), ...lifecycleFields })
  .refine((v) => Object.keys(v).some((k) => k !== "version"), "Send at least one field to change.");
export type CoupleUpdate = z.infer<typeof coupleUpdate>;
