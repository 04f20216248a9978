import type { Role } from "@/lib/auth/permissions";

/**
 * The acting user, as every lib/data function receives it first. Built on the server from the
 * verified session row (lib/data/sessions.ts), never from anything the client sent.
 */
export interface Actor {
  id: string;
  practiceId: string;
  email: string;
  name: string;
  roles: Role[];
  /** The user's ClinicianProfile id, when they are a clinician. */
  clinicianId: string | null;
  sessionId: string;
  /** The API token this request came with (audited under it), or null for a browser session. */
  tokenId?: string | null;
  /** Correlates the audit rows of one request. */
  requestId: string;
  /** MFA is on for this user (read with the session; absent where the caller did not look). */
  mfaEnabled?: boolean;
  /** A role of theirs requires MFA and they have none: pages and the API send them to enrol first. */
  mfaDue?: boolean;
  /** The last reset of this account's access by an owner (who, when), shown to the user. */
  accessReset?: { at: Date; by: string | null } | null;
  /**
   * After an owner's reset not guarded by the user's own MFA: private notes written before this
   * moment stay sealed in this session (docs/decisions/0033).
   */
  privateNotesSealedBefore?: Date | null;
}
