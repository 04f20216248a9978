import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/actor";
import { beforePractice } from "@/lib/data/access/tenant";

interface TokenActorRow {
  tokenId: string;
  userId: string;
  practiceId: string;
  email: string;
  name: string;
  roles: string[];
  clinicianId: string | null;
  mfaDue: boolean;
  retryAfter: number;
}

/**
 * The creator behind a token hash, with their roles as they are now, or null when the token is
 * unknown, revoked, expired or its creator deactivated; `{ retryAfter }` past `perMinute`
 * requests this minute. One round trip (SECURITY DEFINER app_token_actor, migration api_tokens),
 * which also counts the request and stamps the token's last use.
 */
export async function resolveToken(hash: string, perMinute: number, requestId: string): Promise<Actor | { retryAfter: number } | null> {
  const [row] = await beforePractice().$queryRaw<TokenActorRow[]>`SELECT * FROM app_token_actor(${hash}, ${perMinute}::integer)`;
  if (!row) return null;
  if (row.retryAfter > 0) return { retryAfter: row.retryAfter };
  return {
    id: row.userId, practiceId: row.practiceId, email: row.email, name: row.name, roles: row.roles as Role[],
    clinicianId: row.clinicianId, sessionId: "", tokenId: row.tokenId, requestId, mfaDue: row.mfaDue,
  };
}
