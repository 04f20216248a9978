import "server-only";
import { hkdfSync } from "node:crypto";

/**
 * What a user's browser needs to keep its copy of unsent drafts unreadable to anyone else
 * (ADR 0031): `key`, a 256-bit AES-GCM key (base64url) that only this user's own editor page
 * receives, and `owner`, a tag that names the user's entries without revealing who they are.
 * Both are derived, not stored: the same user gets the same key after signing in again (so a
 * draft written before a session expired still opens), and nobody gets it without AUTH_SECRET.
 */
export interface DraftKey {
  key: string;
  owner: string;
}

const SALT = "lakeshore/note-draft/v1";

function derive(secret: string, info: string, bytes: number): string {
  return Buffer.from(hkdfSync("sha256", secret, SALT, info, bytes)).toString("base64url");
}

/** The device-copy key and owner tag of one user. Server-only: never import from a client. */
export function draftKeyFor(userId: string, secret: string | undefined = process.env.AUTH_SECRET): DraftKey {
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET is missing or too short to derive the device-copy key of drafts");
  if (!userId) throw new Error("draftKeyFor: a user id is required");
  return { key: derive(secret, `key:${userId}`, 32), owner: derive(secret, `owner:${userId}`, 16) };
}

/** The owner tag alone: every app page hands it to the browser, which drops other users' entries. */
export function draftOwnerFor(userId: string, secret?: string): string {
  return draftKeyFor(userId, secret).owner;
}
